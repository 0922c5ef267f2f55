#include "tools/demosink.h"

DemoSink::~DemoSink() = default;
