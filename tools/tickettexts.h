#pragma once

#include "core/enums.h"

#include <QString>

#include <span>

// The words of demo tickets: subjects, what the customer said, replies and internal
// notes, per category. "{c}" is replaced by the customer's salutation (张先生).
struct CategoryTexts
{
    std::span<const char16_t *const> subjects;
    std::span<const char16_t *const> descriptions;
    std::span<const char16_t *const> replies;
    std::span<const char16_t *const> notes;
};

class TicketTexts
{
public:
    static const CategoryTexts &forCategory(TicketCategory category);
    // Notes any ticket may carry (call-backs, hand-overs).
    static std::span<const char16_t *const> commonNotes();
    // Why a replied ticket went back to work, and why a closed one was reopened.
    static std::span<const char16_t *const> reopenReasons();
    // How a mediation or arbitration ended: settled (the ticket closes) or sent back.
    static std::span<const char16_t *const> disputeOutcomes(bool settled);
    static QString fill(const char16_t *text, const QString &salutation);
};
