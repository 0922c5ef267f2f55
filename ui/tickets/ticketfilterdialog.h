#pragma once

#include "core/user.h"
#include "store/ticketquery.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class TicketEditor;

// Filters on top of a queue — kind, category, channel, priority, state, assignee,
// customer, creation dates, text — applied at once or kept as a named view of one's own
// (SavedViews). Every value is bound in SQL by the store; nothing typed here reaches a
// query as text.
class TicketFilterDialog : public QDialog
{
    Q_OBJECT

public:
    TicketFilterDialog(TicketEditor &editor, const TicketQuery &initial, QWidget *parent = nullptr);

    TicketQuery filter() const;
    // The name to save the filter under; empty when it is only applied.
    QString viewName() const;

    // For tests.
    QListWidget *list(const QString &objectName) const;
    QComboBox *assigneeBox() const { return m_assignee; }
    QLineEdit *customerEdit() const { return m_customer; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *fromBox() const { return m_useFrom; }
    QDateEdit *fromEdit() const { return m_from; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;
    void saveAsView();
    void clearAll();

private:
    TicketEditor &m_editor;
    QListWidget *m_kinds;
    QListWidget *m_categories;
    QListWidget *m_sources;
    QListWidget *m_priorities;
    QListWidget *m_states;
    QComboBox *m_assignee;
    QLineEdit *m_customer;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QLineEdit *m_name;
    QLabel *m_error;
    QString m_customerId;
    QString m_viewName;
};
