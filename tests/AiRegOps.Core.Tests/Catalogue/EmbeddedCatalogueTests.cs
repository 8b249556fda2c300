using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Catalogue;

public sealed class EmbeddedCatalogueTests
{
    [Fact]
    public void The_embedded_catalogue_loads()
    {
        var catalogue = ObligationCatalogue.Default;
        Assert.NotEmpty(catalogue.Obligations);
    }
}
