#pragma once

#include <QString>
#include <QWidget>

// One page of the main window's navigation (Overview now; tickets, customers, the
// knowledge base and cases arrive with their own issues). The title is asked for on
// every language change, so it must come from tr() at call time.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QString iconName() const = 0; // file in resources/icons without ".svg"
};
