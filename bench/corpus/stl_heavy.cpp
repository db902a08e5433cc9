// Standard-library-heavy C++ with no crypto at all: the checks must cost
// nothing where nothing matches.
#include <algorithm>
#include <array>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <list>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

template <typename T> T total(const std::vector<T> &v) {
  return std::accumulate(v.begin(), v.end(), T{});
}

int main(int argc, char **argv) {
  std::vector<double> xs(1000);
  std::mt19937 rng(42);
  std::normal_distribution<double> d;
  std::generate(xs.begin(), xs.end(), [&] { return d(rng); });
  std::sort(xs.begin(), xs.end());
  std::map<int, std::set<std::string>> buckets;
  for (int i = 0; i < argc; ++i) buckets[i % 3].insert(argv[i]);
  for (const auto &[k, v] : buckets) std::cout << k << ":" << v.size() << "\n";
  std::cout << std::fixed << std::setprecision(3) << total(xs) << "\n";
  return std::filesystem::exists("/tmp") ? 0 : 1;
}
