#include "sync/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

RetryPolicy::RetryPolicy(RandomSource random) : m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

RetryPolicy::Action RetryPolicy::actionFor(RestError::Kind kind)
{
    switch (kind) {
    case RestError::Network:
    case RestError::Timeout:
    case RestError::RateLimited:
    case RestError::Server:
        return Action::Retry;
    case RestError::Unauthorized:
        return Action::Pause;
    case RestError::Invalid:
    case RestError::Conflict: // a mutation the server will never take as it is
        return Action::Poison;
    case RestError::Gone:
        return Action::Resync;
    case RestError::None:
    case RestError::Forbidden:
    case RestError::Protocol:
        return Action::Fail;
    }
    return Action::Fail;
}

std::chrono::milliseconds RetryPolicy::delay(int attempt, std::chrono::milliseconds retryAfter) const
{
    using std::chrono::milliseconds;
    attempt = std::max(attempt, 1);
    // 2^(attempt−1) overflows long before the cap matters; stop doubling at the cap.
    double ceiling = double(m_base.count());
    for (int i = 1; i < attempt && ceiling < double(m_cap.count()); ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, double(m_cap.count()));
    const double r = std::clamp(m_random(), 0.0, 1.0);
    milliseconds jittered(qint64(std::floor(r * ceiling)));
    if (jittered.count() >= qint64(ceiling) && ceiling > 0)
        jittered = milliseconds(qint64(ceiling) - 1);
    return std::max(jittered, retryAfter);
}

std::chrono::milliseconds RetryPolicy::nextDelay(const RestError &error)
{
    ++m_attempts;
    const std::chrono::milliseconds retryAfter = error.retryAfterSeconds >= 0
        ? std::chrono::milliseconds(qint64(error.retryAfterSeconds) * 1000)
        : std::chrono::milliseconds(-1);
    return delay(m_attempts, retryAfter);
}
