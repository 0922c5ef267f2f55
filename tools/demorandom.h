#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <initializer_list>
#include <random>
#include <span>

// The only source of randomness of the demo generator. std::mt19937_64 produces the
// same sequence on every platform, but the standard distributions do not (their
// algorithms are implementation-defined), so every draw is derived here from raw
// 64-bit outputs: same seed, same data, on Linux and on Windows.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);
    // An independent stream for one part of the data (customers, tickets, …), so that
    // changing --tickets does not change the customers.
    DemoRandom(quint64 seed, quint64 stream);

    quint64 next() { return m_engine(); }
    // Uniform in [lo, hi], both inclusive.
    qint64 between(qint64 lo, qint64 hi);
    int below(int n) { return int(between(0, n - 1)); }
    // Uniform in [0, 1).
    double unit();
    bool chance(double p) { return unit() < p; }
    // Index drawn with the given relative weights.
    int weighted(std::span<const int> weights);
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }
    int weighted(const QList<int> &weights)
    {
        return weighted(std::span<const int>(weights.constData(), size_t(weights.size())));
    }
    template<typename T> const T &pick(std::span<const T> items)
    {
        return items[size_t(below(int(items.size())))];
    }
    // A version-4 UUID made from the stream, formatted like Entity::newId().
    QString uuid();
    // n decimal digits, leading zeros allowed.
    QString digits(int n);

private:
    std::mt19937_64 m_engine;
};
