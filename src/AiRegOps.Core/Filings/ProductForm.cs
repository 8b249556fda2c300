namespace AiRegOps.Core.Filings;

/// <summary>The products an algorithm runs in, as the seed document lists them for the filing (A.1).</summary>
public enum ProductForm
{
    /// <summary>应用程序 (app).</summary>
    App,

    /// <summary>网站 (website).</summary>
    Website,

    /// <summary>小程序 (mini program).</summary>
    MiniProgram,

    /// <summary>应用程序接口 (API, for business customers).</summary>
    Api,
}
