#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class SyncProgress;

// A non-modal banner over the workspaces while a profile's first synchronisation runs:
// rows done of rows expected and the time left (a busy bar while the total is unknown).
// Shown only while SyncProgress is active; the workstation stays usable meanwhile.
class FirstSyncPanel : public QFrame
{
    Q_OBJECT

public:
    explicit FirstSyncPanel(SyncProgress *progress, QWidget *parent = nullptr);

    // "about 3 minutes left", "less than a minute left"; empty when unknown.
    static QString timeLeftText(qint64 msecs);
    QString detailText() const;
    QProgressBar *progressBar() const { return m_bar; }

public Q_SLOTS:
    void updateProgress();

protected:
    void changeEvent(QEvent *event) override;

private:
    SyncProgress *m_progress;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_bar = nullptr;
};
