#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One piece of wording in a reply that promises returns.
struct ComplianceHit
{
    qsizetype position = 0; // in the scanned text, UTF-16 units
    qsizetype length = 0; // in the scanned text, UTF-16 units
    QString phrase; // the listed phrase that matched, as listed

    bool operator==(const ComplianceHit &) const = default;
};

// Finds wording that promises returns (保本, 稳赚, 保证收益, 零风险, 内幕消息, …) in reply
// text, so the agent is warned before sending (DESIGN.md §3). Matching is on the NFKC
// form (full-width letters, digits and punctuation equal their half-width forms), case
// folded for Latin, and ignores whitespace and zero-width characters inside a phrase
// ("保 本", "稳\u200b赚" still match). Positions refer to the original text.
//
// Overlapping phrases report the longest ("稳赚不赔", not "稳赚" as well). A phrase
// directly negated ("不保本", "并非零风险", "not risk-free") is a compliant disclosure
// and is not reported.
class ComplianceScanner
{
public:
    // With defaultPhrases().
    ComplianceScanner();
    explicit ComplianceScanner(const QStringList &phrases);

    static QStringList defaultPhrases();
    QStringList phrases() const { return m_phrases; }
    void setPhrases(const QStringList &phrases);

    QList<ComplianceHit> scan(const QString &text) const;
    bool isClean(const QString &text) const { return scan(text).isEmpty(); }

    // Translated warning for the agent naming the phrases found; empty for no hits.
    static QString warningText(const QList<ComplianceHit> &hits);

private:
    struct Entry
    {
        QString normalized;
        int index; // into m_phrases
        bool latin;
    };
    QStringList m_phrases;
    QHash<QChar, QList<Entry>> m_byFirstChar; // each list longest first
};
