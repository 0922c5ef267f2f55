#pragma once

#include <QtGlobal>

#include <vector>

// Samples in milliseconds and their percentiles (nearest rank).
class LatencyStats
{
public:
    void add(double ms) { m_samples.push_back(ms); }
    void merge(const LatencyStats &other);
    qsizetype count() const { return qsizetype(m_samples.size()); }
    // p in [0, 100]; 0 when there are no samples.
    double percentile(double p) const;
    double mean() const;
    double max() const;

private:
    mutable std::vector<double> m_samples;
    mutable bool m_sorted = false;
};
