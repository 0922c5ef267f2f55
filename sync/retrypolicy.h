#pragma once

#include "sync/resterror.h"

#include <chrono>
#include <functional>

// When to try again after a failed sync call (DESIGN.md §4): network errors, timeouts,
// 5xx and 429 are retried with full-jitter exponential backoff (base 1 s, cap 10 min,
// Retry-After honoured as a floor); 401 pauses until the user logs in again; 400/422
// make the mutation poison; 410 means a full resync. Pure logic: the random source is
// injectable so tests are deterministic.
class RetryPolicy
{
public:
    enum class Action {
        Retry, // back off, then try the same again
        Pause, // stop until the user acts (log in again)
        Poison, // the request will never succeed: keep it aside, show it
        Resync, // forget the cursor and pull from scratch
        Fail, // not retried automatically (403, protocol errors): shown, next trigger tries
    };

    // Returns a uniformly distributed value in [0, 1).
    using RandomSource = std::function<double()>;

    explicit RetryPolicy(RandomSource random = {});

    static Action actionFor(RestError::Kind kind);

    void setBase(std::chrono::milliseconds base) { m_base = base; }
    void setCap(std::chrono::milliseconds cap) { m_cap = cap; }
    std::chrono::milliseconds base() const { return m_base; }
    std::chrono::milliseconds cap() const { return m_cap; }

    // The delay before retry number `attempt` (1 = the first retry): uniform in
    // [0, min(cap, base·2^(attempt−1))), but never less than retryAfter when given.
    std::chrono::milliseconds delay(
        int attempt, std::chrono::milliseconds retryAfter = std::chrono::milliseconds(-1)) const;

    // Stateful use by the engine: counts consecutive failures.
    std::chrono::milliseconds nextDelay(const RestError &error);
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    RandomSource m_random;
    std::chrono::milliseconds m_base {1000};
    std::chrono::milliseconds m_cap {10 * 60 * 1000};
    int m_attempts = 0;
};
