//===--- TestCatalog.h - the bundled catalog for unit tests -----*- C++ -*-===//
#ifndef BACKDOOR_TEST_TESTCATALOG_H
#define BACKDOOR_TEST_TESTCATALOG_H

#include "BackdoorCheck.h"
#include "catalog/Catalog.h"
#include <memory>
#include <vector>

namespace backdoor::test {

/// The bundled catalog (the source tree's rules/), loaded once and shared by
/// every test that only reads it. Tests that change a catalog load their own.
inline std::shared_ptr<const Catalog> sharedCatalog() {
  std::vector<CatalogError> E;
  return Catalog::getShared(catalogDirs(""), E);
}

} // namespace backdoor::test

#endif
