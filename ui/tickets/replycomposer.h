#pragma once

#include "core/cannedreply.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// Where an agent writes on a ticket: a reply to the customer or an internal note, chosen
// with two toggles and drawn differently, so a note never goes out by mistake. Canned
// replies are searched from a menu and inserted with their placeholders filled. Reply text
// is checked as it is typed for wording that promises returns (ComplianceScanner); such a
// reply is sent only once the agent confirms having checked it.
class ReplyComposer : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Reply, Note };
    Q_ENUM(Mode)

    explicit ReplyComposer(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString text() const;
    void setText(const QString &text);
    void clear();

    void setCannedReplies(const QList<CannedReply> &replies);
    // Values for {customer_name}, {ticket_number}, {agent_name}, {today}.
    void setPlaceholderValues(const QHash<QString, QString> &values) { m_values = values; }
    // Inserts the reply's body, placeholders filled, at the cursor.
    void insertCannedReply(const CannedReply &reply);
    // Titles of the canned replies the search text matches (title or body).
    QStringList matchingCannedReplies(const QString &search) const;

    // Read-only with the reason shown (closed ticket, trainer, …); empty enables.
    void setDisabledReason(const QString &reason);

    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QCheckBox *sendAnywayBox() const { return m_sendAnyway; }
    QLabel *warningLabel() const { return m_warning; }
    QMenu *cannedMenu() const { return m_cannedMenu; }
    QToolButton *attachButton() const { return m_attach; }

Q_SIGNALS:
    void sendRequested(ReplyComposer::Mode mode, const QString &text);
    // "Attach files…": the ticket view asks which and checks them.
    void attachRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void rebuildCannedMenu(const QString &search);
    void retranslateUi();

    Mode m_mode = Mode::Reply;
    QList<CannedReply> m_canned;
    QHash<QString, QString> m_values;
    QString m_disabledReason;
    QPushButton *m_replyMode;
    QPushButton *m_noteMode;
    QToolButton *m_cannedButton;
    QMenu *m_cannedMenu;
    QToolButton *m_attach;
    QPlainTextEdit *m_edit;
    QLabel *m_warning;
    QCheckBox *m_sendAnyway;
    QLabel *m_hint;
    QPushButton *m_send;
};
