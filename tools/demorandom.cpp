#include "tools/demorandom.h"

#include <QUuid>

namespace {

// SplitMix64: spreads a small seed (1, 2, 3 …) over the whole state.
quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

DemoRandom::DemoRandom(quint64 seed) : m_engine(splitMix(seed)) { }

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
    : m_engine(splitMix(splitMix(seed) ^ splitMix(stream * 0x632be59bd9b4e019ULL + 1)))
{
}

qint64 DemoRandom::between(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    const quint64 range = quint64(hi - lo) + 1;
    // Rejection keeps the draw exactly uniform; it almost never loops.
    const quint64 limit = range == 0 ? 0 : (~quint64(0) - range + 1) % range;
    quint64 x = next();
    while (x < limit)
        x = next();
    return lo + qint64(x % range);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

int DemoRandom::weighted(std::span<const int> weights)
{
    qint64 total = 0;
    for (int w : weights)
        total += w;
    qint64 x = between(0, total - 1);
    for (size_t i = 0; i < weights.size(); ++i) {
        x -= weights[i];
        if (x < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

QString DemoRandom::uuid()
{
    const quint64 a = next();
    const quint64 b = next();
    QUuid u;
    u.data1 = uint(a >> 32);
    u.data2 = ushort(a >> 16);
    u.data3 = ushort((a & 0x0fff) | 0x4000); // version 4
    u.data4[0] = uchar(((b >> 56) & 0x3f) | 0x80); // RFC 4122 variant
    for (int i = 1; i < 8; ++i)
        u.data4[i] = uchar(b >> (56 - 8 * i));
    return u.toString(QUuid::WithoutBraces);
}

QString DemoRandom::digits(int n)
{
    QString out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = QChar(u'0' + below(10));
    return out;
}
