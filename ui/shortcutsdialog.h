#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLabel;
class QTableWidget;

// F1: every command that has a keyboard shortcut, read from the actions themselves
// so the list can never disagree with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QAction *> m_actions;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
};
