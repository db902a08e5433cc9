#include <cstddef>
#include <cstdint>
#include <vector>
struct Pdu {
  std::uint8_t function = 0;
  std::uint16_t subfunction = 0;
  std::vector<std::uint8_t> data;
  int client_fd = -1;
};
bool read_pdu(int fd, Pdu &p);
class Maintenance {
public:
  void open_console(int fd);
};
class Handler {
public:
  std::vector<std::uint8_t> dispatch(const Pdu &p);
  std::vector<std::uint8_t> replay(const Pdu &p);
private:
  Maintenance maint_;
};
