#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

// A filterable list of the window's commands (Ctrl+K). It shows over the top of its
// parent window; typing filters, Up/Down choose, Enter runs, Escape or losing focus
// closes. The commands are the window's QActions, so text, icon and shortcut stay
// in one place and follow the language switch.
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    explicit CommandPalette(QWidget *parent);

    void setActions(const QList<QAction *> &actions);
    QList<QAction *> actions() const;

    // Shows the palette with text already typed (e.g. from the tool bar search field).
    void popup(const QString &text = QString());
    void setFilterText(const QString &text);
    QString filterText() const;

    // The commands currently listed, best match first.
    QList<QAction *> matches() const;
    QAction *currentAction() const;
    void activateCurrent();

    QLineEdit *lineEdit() const { return m_input; }
    QListView *listView() const { return m_list; }

    // Best-first ranking of commands for a query; exposed for the search field.
    static QList<QAction *> rank(const QList<QAction *> &actions, const QString &query);

Q_SIGNALS:
    void commandTriggered(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refilter();
    void reposition();
    void moveCurrent(int delta);
    void retranslateUi();

    QLineEdit *m_input = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<QPointer<QAction>> m_actions;
};
