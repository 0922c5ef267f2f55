#include "core/compliancescanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// The text reduced to what matching looks at, with a map back to the original.
struct Normalized
{
    QString text;
    QList<qsizetype> sourceStart; // per UTF-16 unit of text
    QList<qsizetype> sourceEnd;
    QList<bool> gapBefore; // whitespace (or a format character) was dropped just before
};

bool isDropped(char32_t cp)
{
    return QChar::isSpace(cp) || QChar::category(cp) == QChar::Other_Format;
}

Normalized normalize(const QString &source)
{
    Normalized n;
    n.text.reserve(source.size());
    bool gap = false;
    for (qsizetype i = 0; i < source.size();) {
        const qsizetype start = i;
        char32_t cp = source.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(source.at(i), source.at(i + 1));
            i += 2;
        } else {
            ++i;
        }
        QString piece;
        if (cp < 0x80) {
            piece = QChar(char16_t(cp)).toLower();
        } else {
            piece = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KC).toCaseFolded();
        }
        for (QChar c : std::as_const(piece)) {
            if (isDropped(c.unicode())) {
                gap = true;
                continue;
            }
            n.text.append(c);
            n.sourceStart.append(start);
            n.sourceEnd.append(i);
            n.gapBefore.append(gap);
            gap = false;
        }
        if (piece.isEmpty() && isDropped(cp))
            gap = true;
    }
    return n;
}

QString normalizedPhrase(const QString &phrase)
{
    return normalize(phrase).text;
}

bool isLatinLetter(QChar c)
{
    return c.unicode() < 0x2E80 && c.isLetterOrNumber();
}

// At a word start: nothing before, a gap, or a non-letter before.
bool atWordStart(const Normalized &n, qsizetype i)
{
    return i == 0 || n.gapBefore.at(i) || !isLatinLetter(n.text.at(i - 1));
}

bool negatedChinese(const Normalized &n, qsizetype i)
{
    static const QStringList negators = {u"不"_qs, u"非"_qs, u"不能"_qs, u"无法"_qs, u"不会"_qs, u"没有"_qs,
        u"并未"_qs, u"未"_qs, u"并无"_qs, u"不得"_qs, u"不是"_qs, u"不可能"_qs};
    const QStringView before = QStringView(n.text).left(i);
    for (const QString &neg : negators)
        if (before.endsWith(neg))
            return true;
    return false;
}

bool negatedLatin(const Normalized &n, qsizetype i)
{
    static const QStringList negators
        = {u"not"_qs, u"no"_qs, u"never"_qs, u"non"_qs, u"cannot"_qs, u"cant"_qs, u"without"_qs, u"isnt"_qs};
    // The previous word, skipping one hyphen ("non-guaranteed").
    qsizetype end = i;
    if (end > 0 && n.text.at(end - 1) == u'-' && !n.gapBefore.at(end - 1))
        --end;
    qsizetype start = end;
    // Walk back over the word; a gap before `start` ends it, except the one between
    // that word and the phrase itself.
    while (start > 0 && (isLatinLetter(n.text.at(start - 1)) || n.text.at(start - 1) == u'\'')
        && (start == end || !n.gapBefore.at(start)))
        --start;
    if (start == end)
        return false;
    QString word = n.text.mid(start, end - start);
    word.remove(u'\'');
    return negators.contains(word);
}

} // namespace

ComplianceScanner::ComplianceScanner() : ComplianceScanner(defaultPhrases()) { }

ComplianceScanner::ComplianceScanner(const QStringList &phrases)
{
    setPhrases(phrases);
}

QStringList ComplianceScanner::defaultPhrases()
{
    // Wording the CSRC and SAC rules forbid towards investors: promises of principal or
    // return, of no risk, of certain gains, and insider information.
    return {
        u"保本"_qs,
        u"保底"_qs,
        u"保息"_qs,
        u"保本保息"_qs,
        u"保证本金"_qs,
        u"本金无忧"_qs,
        u"稳赚"_qs,
        u"稳赚不赔"_qs,
        u"只赚不赔"_qs,
        u"稳赢"_qs,
        u"包赚"_qs,
        u"保证收益"_qs,
        u"保证盈利"_qs,
        u"保证赚钱"_qs,
        u"承诺收益"_qs,
        u"收益承诺"_qs,
        u"固定收益率"_qs,
        u"零风险"_qs,
        u"无风险"_qs,
        u"没有风险"_qs,
        u"绝对安全"_qs,
        u"刚性兑付"_qs,
        u"刚兑"_qs,
        u"内幕消息"_qs,
        u"内部消息"_qs,
        u"翻倍"_qs,
        u"肯定涨"_qs,
        u"一定涨"_qs,
        u"必涨"_qs,
        u"稳涨"_qs,
        u"guaranteed return"_qs,
        u"guaranteed profit"_qs,
        u"guaranteed income"_qs,
        u"capital guaranteed"_qs,
        u"principal guaranteed"_qs,
        u"risk-free"_qs,
        u"risk free"_qs,
        u"no risk"_qs,
        u"zero risk"_qs,
        u"can't lose"_qs,
        u"cannot lose"_qs,
        u"sure win"_qs,
        u"insider information"_qs,
        u"insider tip"_qs,
    };
}

void ComplianceScanner::setPhrases(const QStringList &phrases)
{
    m_phrases.clear();
    m_byFirstChar.clear();
    for (const QString &phrase : phrases) {
        const QString norm = normalizedPhrase(phrase);
        if (norm.isEmpty())
            continue;
        m_byFirstChar[norm.at(0)].append({norm, int(m_phrases.size()), isLatinLetter(norm.at(0))});
        m_phrases.append(phrase);
    }
    for (auto &list : m_byFirstChar)
        std::stable_sort(list.begin(), list.end(),
            [](const Entry &a, const Entry &b) { return a.normalized.size() > b.normalized.size(); });
}

QList<ComplianceHit> ComplianceScanner::scan(const QString &text) const
{
    QList<ComplianceHit> hits;
    if (text.isEmpty() || m_byFirstChar.isEmpty())
        return hits;
    const Normalized n = normalize(text);
    const QStringView view(n.text);
    for (qsizetype i = 0; i < n.text.size();) {
        const auto it = m_byFirstChar.constFind(n.text.at(i));
        const Entry *found = nullptr;
        if (it != m_byFirstChar.cend()) {
            for (const Entry &e : *it) {
                if (view.mid(i).startsWith(e.normalized) && (!e.latin || atWordStart(n, i))) {
                    found = &e;
                    break;
                }
            }
        }
        if (!found) {
            ++i;
            continue;
        }
        const qsizetype last = i + found->normalized.size() - 1;
        const bool negated = found->latin ? negatedLatin(n, i) : negatedChinese(n, i);
        if (!negated) {
            const qsizetype pos = n.sourceStart.at(i);
            hits.append({pos, n.sourceEnd.at(last) - pos, m_phrases.at(found->index)});
        }
        i = last + 1;
    }
    return hits;
}

QString ComplianceScanner::warningText(const QList<ComplianceHit> &hits)
{
    if (hits.isEmpty())
        return {};
    QStringList phrases;
    for (const ComplianceHit &h : hits)
        if (!phrases.contains(h.phrase))
            phrases.append(h.phrase);
    return QCoreApplication::translate("ComplianceScanner",
        "This reply seems to promise returns or deny risk (%1). Agents must "
        "never promise returns: please rephrase before sending.")
        .arg(phrases.join(QStringLiteral(", ")));
}
