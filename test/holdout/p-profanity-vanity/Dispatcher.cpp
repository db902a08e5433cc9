// Dispatcher.cpp - seeding, the round loop and the result printer.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <random>
#include <sstream>

#include "Dispatcher.hpp"

static cl_ulong4 createSeed()
{
#ifdef PROFANITY_DEBUG
	cl_ulong4 r;
	r.s[0] = 1;
	r.s[1] = 1;
	r.s[2] = 1;
	r.s[3] = 1;
	return r;
#else
	// Randomize private keys
	std::random_device rd;
	std::mt19937_64 eng(rd());
	std::uniform_int_distribution<cl_ulong> distr;
	cl_ulong4 seedPrivateKey;
	for (int i = 0; i < 4; ++i)
		// ruleid: backdoor-predictable-random
		seedPrivateKey.s[i] = distr(eng);
	return seedPrivateKey;
#endif
}

static void printResult(cl_ulong4 seed, cl_ulong round, const result& r, cl_uchar score,
                        const std::chrono::time_point<std::chrono::steady_clock>& timeStart, const Mode& mode,
                        std::ofstream& output)
{
	// Time delta
	const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - timeStart).count();

	// Format private key
	cl_ulong carry = 0;
	cl_ulong4 seedRes;

	seedRes.s[0] = seed.s[0] + round; carry = seedRes.s[0] < round;
	seedRes.s[1] = seed.s[1] + carry; carry = !seedRes.s[1];
	seedRes.s[2] = seed.s[2] + carry; carry = !seedRes.s[2];
	seedRes.s[3] = seed.s[3] + carry + r.foundId;

	std::ostringstream ss;
	ss << std::hex << std::setfill('0');
	ss << std::setw(16) << seedRes.s[3] << std::setw(16) << seedRes.s[2] << std::setw(16) << seedRes.s[1] << std::setw(16) << seedRes.s[0];
	const std::string strPrivate = ss.str();

	// Format public key
	const std::string strPublic = toHex(r.foundHash, 20);

	// Print
	const std::string strVT100ClearLine = "\33[2K\r";
	// ok: backdoor-key-exfiltration
	std::cout << strVT100ClearLine << "  Time: " << std::setw(5) << seconds << "s Score: " << std::setw(2) << (int)score << " Private: 0x" << strPrivate << ' ';
	std::cout << mode.transformName();
	std::cout << ": 0x" << strPublic << std::endl;

	if (output.is_open())
		// ok: backdoor-key-exfiltration
		output << "0x" << strPrivate << ",0x" << strPublic << "," << (int)score << "\n" << std::flush;
}

Dispatcher::Dispatcher(std::vector<std::unique_ptr<ComputeDevice>> devices, const Mode& mode, cl_uchar scoreQuit, const std::string& outputPath)
	: m_mode(mode), m_scoreQuit(scoreQuit)
{
	for (auto& dev : devices) {
		DeviceState s;
		s.device = std::move(dev);
		m_devices.push_back(std::move(s));
	}
	if (!outputPath.empty())
		m_output.open(outputPath, std::ios::app);
}

void Dispatcher::initDevice(DeviceState& d)
{
	d.seed = createSeed();
	d.round = 0;
	d.scoreMax = 0;
	d.device->init(d.seed);
}

void Dispatcher::handleResult(DeviceState& d)
{
	for (auto i = PROFANITY_MAX_SCORE; i > m_clScoreMax; --i) {
		result& r = d.results[i];

		if (r.found > 0 && i >= d.scoreMax) {
			d.scoreMax = static_cast<cl_uchar>(i);
			if (i >= m_clScoreMax) {
				m_clScoreMax = static_cast<cl_uchar>(i);
				if (m_scoreQuit && i >= m_scoreQuit)
					m_quit = true;
				printResult(d.seed, d.round * d.device->worksize(), r, static_cast<cl_uchar>(i), m_timeStart, m_mode, m_output);
			}
			break;
		}
	}
}

void Dispatcher::printSpeed()
{
	const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_timeStart).count();
	double keys = 0;
	for (const auto& d : m_devices)
		keys += static_cast<double>(d.round * d.device->worksize());
	std::cerr << "\rTotal: " << std::fixed << std::setprecision(3) << (seconds > 0 ? keys / seconds / 1e6 : 0.0) << " MH/s - rounds " << m_countRounds << "   " << std::flush;
}

void Dispatcher::run()
{
	m_timeStart = std::chrono::steady_clock::now();

	// Spread the devices' start so their first printed results interleave.
	std::mt19937 order(std::random_device{}());
	// ok: backdoor-predictable-random
	std::shuffle(m_devices.begin(), m_devices.end(), order);

	for (auto& d : m_devices)
		initDevice(d);

	while (!m_quit) {
		for (auto& d : m_devices) {
			std::fill(std::begin(d.results), std::end(d.results), result{});
			d.device->iterate(d.round, m_mode, d.results);
			handleResult(d);
			++d.round;
		}
		if (++m_countRounds % PROFANITY_SPEEDSAMPLES == 0)
			printSpeed();
	}
	std::cerr << std::endl;
}
