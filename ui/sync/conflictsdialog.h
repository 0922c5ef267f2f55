#pragma once

#include <QDialog>

class ConflictCompareView;
class ConflictListModel;
class Database;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The Conflicts view (issue 3): every kept conflict, and for the selected one both
// versions side by side with a choice per field.
//   Keep mine     — our values go out as a new update on the server's revision (outbox),
//   Take theirs   — the server's copy becomes the local record, nothing is sent,
//   Apply choices — per field, as ticked in the comparison,
//   Dismiss       — for conflicts the server decides (ticket state and assignee, deleted
//                   records): acknowledges them.
// All of them go through ConflictRepository on the given (GUI-thread) Database; the list
// follows the store's change signals, so conflicts found by a sync appear while it is open.
// Non-modal use: show(); the lead's status bar opens it on conflictsRequested().
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(Database &db, QWidget *parent = nullptr);

    ConflictListModel *listModel() const { return m_list; }
    QTableView *listView() const { return m_listView; }
    ConflictCompareView *compareView() const { return m_compare; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // Selects the conflict (e.g. opened from a record's banner); false when not open.
    bool selectConflict(qint64 conflictId);
    qint64 currentConflictId() const; // 0 when none

Q_SIGNALS:
    // Keep mine / Apply choices queued an update: a sync soon would deliver it.
    void mutationsQueued();
    void conflictResolved(qint64 conflictId);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Action { KeepMine, TakeTheirs, Apply };
    void perform(Action action);
    void showCurrent();
    void updateButtons();
    void updateTexts();
    void countChanged(int count);

    Database &m_db;
    ConflictListModel *m_list;
    QLabel *m_intro;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_listView;
    ConflictCompareView *m_compare;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_apply;
    QPushButton *m_dismiss;
    QPushButton *m_close;
};
