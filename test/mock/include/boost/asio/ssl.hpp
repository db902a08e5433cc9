// Mock of Boost.Asio's TLS classes for backdoor-scan tests.
#ifndef MOCK_BOOST_ASIO_SSL_HPP
#define MOCK_BOOST_ASIO_SSL_HPP
namespace boost { namespace asio { namespace ssl {
typedef int verify_mode;
const int verify_none = 0x00;
const int verify_peer = 0x01;
class verify_context {};
class context {
public:
  enum method { sslv2, sslv2_client, sslv2_server, sslv3, sslv3_client, sslv3_server, tlsv1, tlsv1_client, tlsv1_server, sslv23, sslv23_client, sslv23_server, tlsv11, tlsv11_client, tlsv11_server, tlsv12, tlsv12_client, tlsv12_server, tls, tls_client, tls_server };
  explicit context(method m);
  void set_verify_mode(verify_mode v);
  template <typename VerifyCallback> void set_verify_callback(VerifyCallback callback) {}
};
}}} // namespace boost::asio::ssl
#endif
