#pragma once

#include <QList>
#include <QString>

// One failed rule: the wire key of the field (as in the JSON codec, e.g. "id_number")
// so a form can mark the right widget, and a translated message for the user.
struct ValidationError
{
    QString field;
    QString message;

    bool operator==(const ValidationError &other) const = default;
};

using ValidationErrors = QList<ValidationError>;
