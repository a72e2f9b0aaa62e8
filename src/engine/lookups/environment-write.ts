/**
 * The calls that write an environment variable, its name first and the value second: Python's
 * `os.putenv` and `os.environ.setdefault`, Go's `os.Setenv`, Rust's `set_var`, .NET's
 * `SetEnvironmentVariable`, C's `setenv`, Elixir's `System.put_env`, Ruby's `ENV.store`. The engine
 * names the value by the variable, the move notes a line that sets the variable it now reads.
 */
export const ENVIRONMENT_WRITE_CALLS = String.raw`setdefault|putenv|Setenv|set_var|SetEnvironmentVariable|setenv|put_env|store`;
