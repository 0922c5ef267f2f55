#pragma once

#include "core/enums.h"

#include <QString>

// Kinds of personal information shown in the workstation (JR/T 0171 classes).
enum class PiiField {
    Name,
    Mobile,
    IdNumber,
    AccountNumber, // securities / fund account
    CardNumber, // bank card
    Email,
    Password, // also verification codes: never shown
};

// Masking of personal information for display (DESIGN.md §3). Masks keep the length
// of the value (except e-mail, whose local part is hidden behind a fixed "***") and
// always hide at least four characters, so a short value is never shown whole.
//
//   Mobile       138****1234        first 3 + last 4
//   IdNumber     110***********002X first 3 + last 4, same length
//   Account/Card 622202*********1234 first 6 + last 4
//   Email        z***@example.com
//   Name         张*, 欧阳**          to trainers only
//   Password     ******             always, whatever the value
class PiiMasker
{
public:
    // The masked form, whoever looks. Empty input gives empty output (except Password,
    // which always gives "******" so that nothing about it leaks).
    static QString mask(PiiField field, const QString &value);

    // What a viewer with this role sees by default: names are masked for trainers
    // only; every other field is masked for everyone until revealed.
    static QString forRole(PiiField field, const QString &value, Role role);

    // Whether a role may reveal masked fields (with a reason, audited by the caller).
    // Trainers never may.
    static bool mayReveal(Role role);
    // Passwords can never be revealed, by anyone.
    static bool mayReveal(Role role, PiiField field);
    // The clear value when mayReveal(role, field), else forRole(). The caller writes
    // the audit entry.
    static QString reveal(PiiField field, const QString &value, Role role);

    // Stable key for audit entries ("mobile", "id_number", …).
    static QString fieldKey(PiiField field);

    // Whether name begins with a two-character compound surname (欧阳, 司马, …).
    static bool hasCompoundSurname(const QString &name);
};
