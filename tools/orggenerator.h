#pragma once

#include "tools/demoorg.h"

#include <QDateTime>

#include <span>

class DemoRandom;
class DemoSink;

// Teams, their agents and leads, a trainer, an administrator and a compliance officer;
// the branches (证券营业部) and their account managers.
class OrgGenerator
{
public:
    static DemoOrg generate(DemoRandom &random, const QDateTime &now, DemoSink &sink);

    static std::span<const char16_t *const> branches();
};
