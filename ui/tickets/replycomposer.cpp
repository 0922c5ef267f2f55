#include "ui/tickets/replycomposer.h"

#include "core/attachmentpolicy.h"
#include "core/compliancescanner.h"
#include "core/replytemplate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace {
// A reply is a letter, not a book: the cap keeps a pasted document out of the outbox.
constexpr int s_maxLength = 20000;
} // namespace

ReplyComposer::ReplyComposer(QWidget *parent)
    : QWidget(parent)
    , m_replyMode(new QPushButton)
    , m_noteMode(new QPushButton)
    , m_cannedButton(new QToolButton)
    , m_cannedMenu(new QMenu(this))
    , m_attach(new QToolButton)
    , m_edit(new QPlainTextEdit)
    , m_warning(new QLabel)
    , m_sendAnyway(new QCheckBox)
    , m_hint(new QLabel)
    , m_send(new QPushButton)
{
    setObjectName(QStringLiteral("replyComposer"));
    setAttribute(Qt::WA_StyledBackground);
    m_replyMode->setObjectName(QStringLiteral("composerReplyMode"));
    m_noteMode->setObjectName(QStringLiteral("composerNoteMode"));
    for (QPushButton *b : {m_replyMode, m_noteMode}) {
        b->setCheckable(true);
        b->setFlat(true);
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_replyMode);
    group->addButton(m_noteMode);
    m_replyMode->setChecked(true);
    connect(m_replyMode, &QPushButton::clicked, this, [this] { setMode(Mode::Reply); });
    connect(m_noteMode, &QPushButton::clicked, this, [this] { setMode(Mode::Note); });

    m_cannedButton->setObjectName(QStringLiteral("cannedRepliesButton"));
    m_cannedButton->setPopupMode(QToolButton::InstantPopup);
    m_cannedButton->setMenu(m_cannedMenu);
    connect(m_cannedMenu, &QMenu::aboutToShow, this, [this] { rebuildCannedMenu(QString()); });

    m_attach->setObjectName(QStringLiteral("attachButton"));
    connect(m_attach, &QToolButton::clicked, this, &ReplyComposer::attachRequested);
    m_edit->setObjectName(QStringLiteral("composerText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(96);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ReplyComposer::update);
    m_warning->setObjectName(QStringLiteral("complianceWarning"));
    m_warning->setWordWrap(true);
    m_sendAnyway->setObjectName(QStringLiteral("sendAnyway"));
    connect(m_sendAnyway, &QCheckBox::toggled, this, &ReplyComposer::update);
    m_hint->setObjectName(QStringLiteral("composerHint"));
    m_send->setObjectName(QStringLiteral("composerSend"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_send->isEnabled())
            Q_EMIT sendRequested(m_mode, text());
    });

    auto *modes = new QHBoxLayout;
    modes->setSpacing(4);
    modes->addWidget(m_replyMode);
    modes->addWidget(m_noteMode);
    modes->addStretch(1);
    modes->addWidget(m_attach);
    modes->addWidget(m_cannedButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(modes);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_warning);
    layout->addWidget(m_sendAnyway);
    layout->addLayout(bottom);
    retranslateUi();
    setMode(Mode::Reply);
}

void ReplyComposer::setMode(Mode mode)
{
    m_mode = mode;
    (mode == Mode::Reply ? m_replyMode : m_noteMode)->setChecked(true);
    // The style sheet tints the editor by mode: a note must not look like a reply.
    setProperty("mode", mode == Mode::Reply ? QStringLiteral("reply") : QStringLiteral("note"));
    m_edit->setProperty("mode", property("mode"));
    style()->unpolish(m_edit);
    style()->polish(m_edit);
    m_cannedButton->setVisible(mode == Mode::Reply);
    retranslateUi();
    update();
}

QString ReplyComposer::text() const
{
    return m_edit->toPlainText().trimmed();
}

void ReplyComposer::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void ReplyComposer::clear()
{
    m_edit->clear();
    m_sendAnyway->setChecked(false);
}

void ReplyComposer::setCannedReplies(const QList<CannedReply> &replies)
{
    m_canned = replies;
    m_cannedButton->setEnabled(!replies.isEmpty());
}

void ReplyComposer::insertCannedReply(const CannedReply &reply)
{
    m_edit->insertPlainText(ReplyTemplate::fill(reply.body, m_values));
    m_edit->setFocus();
}

QStringList ReplyComposer::matchingCannedReplies(const QString &search) const
{
    QStringList out;
    const QString needle = search.trimmed();
    for (const CannedReply &r : m_canned)
        if (needle.isEmpty() || r.title.contains(needle, Qt::CaseInsensitive)
            || r.body.contains(needle, Qt::CaseInsensitive))
            out.append(r.title);
    return out;
}

void ReplyComposer::rebuildCannedMenu(const QString &search)
{
    m_cannedMenu->clear();
    auto *searchAction = new QWidgetAction(m_cannedMenu);
    auto *field = new QLineEdit;
    field->setObjectName(QStringLiteral("cannedSearch"));
    field->setPlaceholderText(tr("Search canned replies"));
    field->setText(search);
    field->setClearButtonEnabled(true);
    searchAction->setDefaultWidget(field);
    m_cannedMenu->addAction(searchAction);
    m_cannedMenu->addSeparator();
    QList<QAction *> items;
    for (const CannedReply &r : std::as_const(m_canned)) {
        QAction *a = m_cannedMenu->addAction(r.title);
        a->setToolTip(r.body);
        a->setData(r.id);
        connect(a, &QAction::triggered, this, [this, r] { insertCannedReply(r); });
        items.append(a);
    }
    connect(field, &QLineEdit::textChanged, m_cannedMenu, [this, items](const QString &text) {
        const QStringList titles = matchingCannedReplies(text);
        for (QAction *a : items)
            a->setVisible(titles.contains(a->text()));
    });
    field->setFocus();
}

void ReplyComposer::setDisabledReason(const QString &reason)
{
    m_disabledReason = reason;
    m_edit->setReadOnly(!reason.isEmpty());
    m_cannedButton->setEnabled(reason.isEmpty() && !m_canned.isEmpty());
    m_attach->setEnabled(reason.isEmpty());
    update();
}

void ReplyComposer::update()
{
    const bool reply = m_mode == Mode::Reply;
    const QList<ComplianceHit> hits = reply ? ComplianceScanner().scan(m_edit->toPlainText()) : QList<ComplianceHit>();
    m_warning->setText(ComplianceScanner::warningText(hits));
    m_warning->setVisible(!hits.isEmpty());
    m_sendAnyway->setVisible(!hits.isEmpty());
    const int length = int(m_edit->toPlainText().size());
    const QStringList unfilled = ReplyTemplate::unfilled(m_edit->toPlainText());
    if (!m_disabledReason.isEmpty())
        m_hint->setText(m_disabledReason);
    else if (length > s_maxLength)
        m_hint->setText(tr("Too long: %1 of at most %2 characters.").arg(length).arg(s_maxLength));
    else if (!unfilled.isEmpty())
        m_hint->setText(tr("Still to fill in: %1").arg(unfilled.join(QStringLiteral(" "))));
    else
        m_hint->setText(reply ? tr("The customer receives this reply.") : tr("Only colleagues see this note."));
    m_send->setEnabled(m_disabledReason.isEmpty() && !text().isEmpty() && length <= s_maxLength
        && unfilled.isEmpty() && (hits.isEmpty() || m_sendAnyway->isChecked()));
}

void ReplyComposer::retranslateUi()
{
    m_replyMode->setText(tr("Reply to the customer"));
    m_noteMode->setText(tr("Internal note"));
    m_cannedButton->setText(tr("Canned replies"));
    m_attach->setText(tr("Attach files…"));
    m_attach->setToolTip(tr("Documents, images, e-mails or call recordings up to %1 each; they upload with the next sync")
                             .arg(QLocale().formattedDataSize(AttachmentPolicy::DefaultMaxBytes)));
    m_sendAnyway->setText(tr("I have checked the wording: it promises no return; send it"));
    m_edit->setPlaceholderText(m_mode == Mode::Reply ? tr("Write to the customer…")
                                                     : tr("A note for colleagues; the customer never sees it…"));
    m_send->setText(m_mode == Mode::Reply ? tr("Send reply") : tr("Add note"));
    update();
}

void ReplyComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
