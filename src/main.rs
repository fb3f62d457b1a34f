fn main() -> std::process::ExitCode {
    streep::cli::main()
}
