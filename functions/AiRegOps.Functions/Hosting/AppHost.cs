using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace AiRegOps.Functions.Hosting;

/// <summary>
/// The host builder exactly as the Functions platform runs it. <c>Program.cs</c> builds and runs it; the start-up test
/// builds it with the template's settings and resolves every function, so a missing registration or setting fails a
/// test instead of a deployment.
/// </summary>
public static class AppHost
{
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.Services.AddAiRegOps(builder.Configuration);
        return builder;
    }
}
