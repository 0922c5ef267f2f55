#include "core/mutation.h"
#include "core/enumtable.h"

// clang-format off
ENUM_TABLE(MutationOp,
           {MutationOp::Create, "create", QT_TRANSLATE_NOOP("Enum", "Create")}, // 新建
           {MutationOp::Update, "update", QT_TRANSLATE_NOOP("Enum", "Update")}, // 修改
           {MutationOp::Delete, "delete", QT_TRANSLATE_NOOP("Enum", "Delete")}) // 删除
// clang-format on
