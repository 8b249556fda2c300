using Azure;

namespace AiRegOps.Azure;

/// <summary>
/// Creating a container, queue or table that may already exist, for an identity whose data role is scoped to that one
/// resource (infra/main.bicep grants no account-wide data role). Such an identity may be refused the service-level
/// create call (403) although the deployment made the resource; the refusal is not an error here. If the resource
/// really is missing, the first read or write reports it (404), and a credential with no rights at all is refused
/// there too, with the store's usual message.
/// </summary>
internal static class ScopedCreation
{
    public static async Task IfNotExistsAsync(Func<Task> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        try
        {
            await create().ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 403)
        {
            // Scoped role: the resource is the deployment's to create.
        }
    }
}
