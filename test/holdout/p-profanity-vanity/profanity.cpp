// profanity.cpp - command line of the vanity address generator.
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "Dispatcher.hpp"

namespace {

const char* const g_strHelp = R"(
usage: ./profanity [OPTIONS]

  Basic modes:
    --benchmark             Run without any scoring, a benchmark.
    --zeros                 Score on zeros anywhere in hash.
    --letters               Score on letters anywhere in hash.
    --numbers               Score on numbers anywhere in hash.
    --mirror                Score on mirroring from center.
    --leading-doubles       Score on hashes leading with hexadecimal pairs

  Modes with arguments:
    --leading <single hex>  Score on hashes leading with given hex character.
    --matching <hex string> Score on hashes matching given hex string.

  Advanced modes:
    --contract              Instead of account address, score the contract address created by the account's zeroth transaction.
    --leading-range         Scores on hashes leading with characters within given range.
    --range                 Scores on hashes having characters within given range anywhere.

  Range:
    -m, --min <0-15>        Set range minimum (inclusive), 0 is '0' 15 is 'f'.
    -M, --max <0-15>        Set range maximum (inclusive), 0 is '0' 15 is 'f'.

  Device control:
    -t, --threads <count>   Number of CPU worker devices (default: hardware threads).
    -w, --work <size>       Set work items per round (default: 4096).

  Tweaking:
    -q, --quit <score>      Quit once this score is reached.
    -o, --output <file>     Append every improved result to this file.
)";

class ArgParser {
public:
	ArgParser(int argc, char** argv) : m_args(argv + 1, argv + argc) {}

	bool has(const std::string& a, const std::string& b = "") const
	{
		for (const auto& s : m_args)
			if (s == a || (!b.empty() && s == b))
				return true;
		return false;
	}

	std::string value(const std::string& a, const std::string& b = "") const
	{
		for (std::size_t i = 0; i + 1 < m_args.size(); ++i)
			if (m_args[i] == a || (!b.empty() && m_args[i] == b))
				return m_args[i + 1];
		return "";
	}

private:
	std::vector<std::string> m_args;
};

}  // namespace

int main(int argc, char** argv)
{
	try {
		ArgParser args(argc, argv);

		if (args.has("--help", "-h") || argc == 1) {
			std::cout << g_strHelp << std::endl;
			return 0;
		}

		const auto rangeMin = static_cast<cl_uchar>(std::atoi(args.value("--min", "-m").c_str()));
		const auto rangeMaxStr = args.value("--max", "-M");
		const auto rangeMax = static_cast<cl_uchar>(rangeMaxStr.empty() ? 15 : std::atoi(rangeMaxStr.c_str()));

		Mode mode = Mode::benchmark();
		if (args.has("--benchmark"))
			mode = Mode::benchmark();
		else if (args.has("--zeros"))
			mode = Mode::zeros();
		else if (args.has("--letters"))
			mode = Mode::letters();
		else if (args.has("--numbers"))
			mode = Mode::numbers();
		else if (args.has("--mirror"))
			mode = Mode::mirror();
		else if (args.has("--leading-doubles"))
			mode = Mode::doubles();
		else if (!args.value("--leading").empty())
			mode = Mode::leading(args.value("--leading")[0]);
		else if (!args.value("--matching").empty())
			mode = Mode::matching(args.value("--matching"));
		else if (args.has("--leading-range"))
			mode = Mode::leadingRange(rangeMin, rangeMax);
		else if (args.has("--range"))
			mode = Mode::range(rangeMin, rangeMax);
		else {
			std::cerr << g_strHelp << std::endl;
			return 1;
		}
		mode.contract = args.has("--contract");

		const std::string threadsStr = args.value("--threads", "-t");
		const std::string workStr = args.value("--work", "-w");
		const std::string quitStr = args.value("--quit", "-q");
		const std::size_t threads = threadsStr.empty() ? std::max(1u, std::thread::hardware_concurrency()) : std::stoul(threadsStr);
		const std::size_t work = workStr.empty() ? 4096 : std::stoul(workStr);
		const auto scoreQuit = static_cast<cl_uchar>(quitStr.empty() ? 0 : std::stoi(quitStr));

		std::cout << "Mode: " << mode.name << "\nTarget: " << mode.transformName() << "\nDevices: " << threads << "\n" << std::endl;

		Dispatcher d(enumerateDevices(threads, work), mode, scoreQuit, args.value("--output", "-o"));
		d.run();
		return 0;
	} catch (const std::exception& e) {
		std::cerr << "error: " << e.what() << std::endl;
		return 1;
	}
}
