#include "bench/latencystats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

void LatencyStats::merge(const LatencyStats &other)
{
    m_samples.insert(m_samples.end(), other.m_samples.begin(), other.m_samples.end());
    m_sorted = false;
}

double LatencyStats::percentile(double p) const
{
    if (m_samples.empty())
        return 0;
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    }
    const double rank = std::ceil(p / 100.0 * double(m_samples.size()));
    const auto index = std::clamp<qsizetype>(qsizetype(rank) - 1, 0, qsizetype(m_samples.size()) - 1);
    return m_samples[size_t(index)];
}

double LatencyStats::mean() const
{
    if (m_samples.empty())
        return 0;
    return std::accumulate(m_samples.begin(), m_samples.end(), 0.0) / double(m_samples.size());
}

double LatencyStats::max() const
{
    return percentile(100);
}
