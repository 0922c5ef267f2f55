#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

// Asks why a masked field is to be shown. The reason goes to the audit log with the
// field's name (never its value); common reasons are offered, any other can be typed.
class RevealDialog : public QDialog
{
    Q_OBJECT

public:
    RevealDialog(const QString &fieldLabel, int seconds, QWidget *parent = nullptr);

    QString reason() const;
    QComboBox *reasonBox() const { return m_reason; }

private:
    void updateOk();

    QComboBox *m_reason;
    QDialogButtonBox *m_buttons;
};
