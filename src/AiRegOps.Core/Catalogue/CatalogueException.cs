namespace AiRegOps.Core.Catalogue;

/// <summary>The catalogue data is malformed or inconsistent.</summary>
public sealed class CatalogueException : Exception
{
    public CatalogueException()
    {
    }

    public CatalogueException(string message)
        : base(message)
    {
    }

    public CatalogueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
