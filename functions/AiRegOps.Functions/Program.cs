using AiRegOps.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

// The isolated worker: options are validated before the first trigger fires (ValidateOnStart), so a missing or
// unresolved setting stops the app with its name, never its value.
var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddAiRegOps(builder.Configuration);
await builder.Build().RunAsync().ConfigureAwait(false);
