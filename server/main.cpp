#include "server/servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
    return ServerCli::run(QCoreApplication::arguments());
}
