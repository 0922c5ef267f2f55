#pragma once

#include "core/workingcalendar.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

// A firm's margin-trading (融资融券) maintenance-ratio lines (维持担保比例). Ratios are
// plain numbers: 1.40 means 140 %. Defaults: warning 1.40, close-out 1.30, withdrawal
// of collateral allowed above 3.00.
class MarginLines
{
public:
    enum class Zone {
        NoDebt, // no outstanding debt: the ratio is reported as 0
        CloseOut, // below the close-out line (平仓线): forced liquidation
        Warning, // below the warning line (警戒线): margin call, top up
        Safe, // from the warning line up to and including the withdrawal line
        AboveWithdrawal, // above the withdrawal line: excess collateral may be withdrawn
    };

    static constexpr double DefaultWarningLine = 1.40;
    static constexpr double DefaultCloseOutLine = 1.30;
    static constexpr double DefaultWithdrawalLine = 3.00;
    static constexpr int DefaultTopUpTradingDays = 2;

    MarginLines() = default;
    MarginLines(double warningLine, double closeOutLine, double withdrawalLine);

    double warningLine() const { return m_warning; }
    double closeOutLine() const { return m_closeOut; }
    double withdrawalLine() const { return m_withdrawal; }
    // 0 < close-out < warning < withdrawal.
    bool isValid() const;

    // Settings keys: warning_line, close_out_line, withdrawal_line. Falls back to the
    // defaults entirely when the result would not be valid.
    static MarginLines fromSettings(const QVariantMap &settings);
    QVariantMap toSettings() const;

    // Exactly on a line counts as the safer side: 1.40 is Safe, 1.30 is Warning, 3.00
    // is Safe. Ratios are compared after rounding to 1e-6 so that 1.3999999999 from
    // money arithmetic is still read as 140 %. Zero, negative or non-finite → NoDebt.
    Zone classify(double ratio) const;

    // Last day to top up after a margin call on callDate: the n-th trading day after
    // it (T+2 by default), on the exchange calendar.
    static QDate topUpDeadline(QDate callDate, int tradingDays = DefaultTopUpTradingDays,
        const WorkingCalendar &calendar = WorkingCalendar::builtIn());

    static QString zoneLabel(Zone zone);

private:
    double m_warning = DefaultWarningLine;
    double m_closeOut = DefaultCloseOutLine;
    double m_withdrawal = DefaultWithdrawalLine;
};
