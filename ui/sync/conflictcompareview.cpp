#include "ui/sync/conflictcompareview.h"

#include "ui/sync/conflictdiffdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ConflictCompareView::ConflictCompareView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ConflictDetailModel(db, this))
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("conflictNote"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ConflictDiffDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(
        ConflictDetailModel::FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConflictDetailModel::MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(
        ConflictDetailModel::TheirsColumn, QHeaderView::Stretch);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    updateTexts();
}

void ConflictCompareView::setConflict(const Conflict &conflict, const QString &title)
{
    m_title = title;
    m_model->setConflict(conflict);
    updateTexts();
}

void ConflictCompareView::clear()
{
    m_title.clear();
    m_model->clear();
    updateTexts();
}

void ConflictCompareView::updateTexts()
{
    if (m_model->isEmpty()) {
        m_heading->clear();
        m_note->setText(tr("Select a conflict to compare the two versions."));
        return;
    }
    const Conflict &c = m_model->conflict();
    m_heading->setText(tr("%1 %2").arg(enumLabel(c.entity), m_title));
    if (c.deletedOnServer())
        m_note->setText(tr("This record was deleted on the server, so your change could not be applied. "
                           "It is shown here for reference."));
    else if (c.informationOnly())
        m_note->setText(tr("The server decides a ticket's state and assignee: its version stands. "
                           "Your change is shown for reference; dismiss it when you have read it."));
    else
        m_note->setText(tr("Tick the version to keep for each field. Highlighted values differ; fields in "
                           "bold were changed on both sides. Fields you keep are sent to the server at "
                           "the next sync."));
}

void ConflictCompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}
