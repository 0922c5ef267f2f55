#include "core/marginlines.h"

#include <QCoreApplication>

#include <cmath>

namespace {

qint64 micro(double ratio)
{
    return qRound64(ratio * 1e6);
}

} // namespace

MarginLines::MarginLines(double warningLine, double closeOutLine, double withdrawalLine)
    : m_warning(warningLine), m_closeOut(closeOutLine), m_withdrawal(withdrawalLine)
{
}

bool MarginLines::isValid() const
{
    return std::isfinite(m_withdrawal) && m_closeOut > 0 && m_closeOut < m_warning
        && m_warning < m_withdrawal;
}

MarginLines MarginLines::fromSettings(const QVariantMap &settings)
{
    auto read = [&settings](const char *key, double fallback) {
        bool ok = false;
        const double v = settings.value(QString::fromLatin1(key)).toDouble(&ok);
        return ok ? v : fallback;
    };
    const MarginLines lines(read("warning_line", DefaultWarningLine),
        read("close_out_line", DefaultCloseOutLine), read("withdrawal_line", DefaultWithdrawalLine));
    return lines.isValid() ? lines : MarginLines();
}

QVariantMap MarginLines::toSettings() const
{
    return {
        {QStringLiteral("warning_line"), m_warning},
        {QStringLiteral("close_out_line"), m_closeOut},
        {QStringLiteral("withdrawal_line"), m_withdrawal},
    };
}

MarginLines::Zone MarginLines::classify(double ratio) const
{
    if (!std::isfinite(ratio) || ratio <= 0)
        return Zone::NoDebt;
    const qint64 r = micro(ratio);
    if (r < micro(m_closeOut))
        return Zone::CloseOut;
    if (r < micro(m_warning))
        return Zone::Warning;
    if (r > micro(m_withdrawal))
        return Zone::AboveWithdrawal;
    return Zone::Safe;
}

QDate MarginLines::topUpDeadline(QDate callDate, int tradingDays, const WorkingCalendar &calendar)
{
    return calendar.addTradingDays(callDate, qMax(1, tradingDays));
}

QString MarginLines::zoneLabel(Zone zone)
{
    switch (zone) {
    case Zone::NoDebt:
        return QCoreApplication::translate("MarginLines", "No debt");
    case Zone::CloseOut:
        return QCoreApplication::translate("MarginLines", "Below close-out line");
    case Zone::Warning:
        return QCoreApplication::translate("MarginLines", "Below warning line");
    case Zone::Safe:
        return QCoreApplication::translate("MarginLines", "Safe");
    case Zone::AboveWithdrawal:
        break;
    }
    return QCoreApplication::translate("MarginLines", "Above withdrawal line");
}
