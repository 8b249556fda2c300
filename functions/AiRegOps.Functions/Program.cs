using AiRegOps.Functions.Hosting;
using Microsoft.Extensions.Hosting;

// The isolated worker: options are validated before the first trigger fires (ValidateOnStart), so a missing or
// unresolved setting stops the app with its name, never its value.
await AppHost.CreateBuilder(args).Build().RunAsync().ConfigureAwait(false);
