// A class declared in a project header: the unit that includes it may or
// may not define every member function.
#include <map>
#include <string>

enum class Role { None, Reader, Root };

// Every member function is defined in backdoor-magic-credential-private-member.cpp.
class TokenStore {
public:
  explicit TokenStore(const std::string &path);
  std::string issue(Role r);
  bool authenticate(const std::string &token, Role &role) const;

private:
  std::string bootstrap_token_;
  std::map<std::string, Role> roles_;
};

// set_token() is defined in another unit: it may store any value.
class RemoteStore {
public:
  RemoteStore();
  void set_token(const std::string &t);
  bool authenticate(const std::string &token, Role &role) const;

private:
  std::string service_token_;
};

// A friend may write the field from anywhere.
class SharedStore {
  friend struct Provisioner;

public:
  SharedStore();
  bool authenticate(const std::string &token) const;

private:
  std::string service_token_;
};
