#pragma once

// Every domain enumeration, with a stable wire key (JSON, SQL, settings) and a
// translatable label. Keys never change once shipped: old clients and server
// rows depend on them. Labels are English source strings; the Simplified Chinese
// shown by default comes from translations/agentdesk_zh_CN.ts.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

enum class TicketKind { Inquiry, Request, Complaint, Report, Suggestion };
enum class Channel { Phone, Email, Online, Branch, Transfer12386 };
enum class TicketState { New, Accepted, Investigating, Processing, Replied, FollowUp, Closed, Mediation, Arbitration };
enum class Priority { Low, Normal, High, Urgent };
enum class TicketCategory {
    AccountOpening,
    AccountClosing,
    BankTransfer,
    Password,
    Trading,
    Margin,
    Suitability,
    Fees,
    Ipo,
    Options,
    HkConnect,
    SystemOutage,
    ServiceAttitude,
    MarketData,
    Other
};
enum class ResolutionCode { Explained, Resolved, Compensated, NotSupported, Withdrawn, Mediated, Arbitrated, Merged };
enum class FollowUpResult { Satisfied, Unsatisfied, Unreachable };
enum class MediationBody { SacCentre, InvestorServiceCentre, LocalAssociation, ArbitrationCommission };
enum class EventKind { Note, Reply, Transition, Assignment, Attachment, Sla, Citation, Link, Priority };
enum class Role { Agent, Lead, Trainer, Admin };
enum class AssignmentRule { Manual, RoundRobin, LeastLoaded };
enum class InvestorType { Ordinary, Professional };
enum class RiskClass { C1, C2, C3, C4, C5, Lowest };
enum class ProductRisk { R1, R2, R3, R4, R5 };
enum class IdType { ResidentId, Passport, HkMacauPermit, TaiwanPermit, ForeignPermanent };
enum class CustomerStatus { Active, Dormant, Frozen, Closed };
enum class AccountKind { Cash, Margin, Options, HkConnect, Fund };
enum class AccountStatus { Normal, Frozen, Dormant, Closed };
enum class RiskAlertKind { MarginWarning, MarginCall, SuitabilityMismatch, AssessmentExpired, AbnormalTrading, StDelistingRisk, Concentration };
enum class Severity { Info, Warning, Critical };
enum class AlertState { Open, Acknowledged, Resolved };
enum class Direction { Inbound, Outbound };
enum class TradeSide { Buy, Sell };
enum class ArticleStatus { Draft, InReview, Published, Archived };

// English source text in the translation context "Enum". The same English word can
// name two values in Chinese ("Closed" is 已结案 for a ticket, 已销户 for an account),
// so such labels carry a disambiguation comment (QT_TRANSLATE_NOOP3).
struct EnumLabel
{
    const char *source;
    const char *comment = nullptr;
};

template<typename E>
struct EnumEntry
{
    E value;
    const char *key; // wire key, lower_snake_case
    EnumLabel label;
};

// Specialised in enums.cpp for every enum above.
template<typename E>
struct EnumTable
{
    static std::span<const EnumEntry<E>> entries();
};

template<typename E>
QString enumKey(E value)
{
    for (const auto &e : EnumTable<E>::entries())
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

template<typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &e : EnumTable<E>::entries())
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}

template<typename E>
QList<E> enumValues()
{
    QList<E> out;
    for (const auto &e : EnumTable<E>::entries())
        out.append(e.value);
    return out;
}

// The label in the current UI language.
QString translateEnumLabel(const EnumLabel &label);

template<typename E>
QString enumLabel(E value)
{
    for (const auto &e : EnumTable<E>::entries())
        if (e.value == value)
            return translateEnumLabel(e.label);
    return {};
}
