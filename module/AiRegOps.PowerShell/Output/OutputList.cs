namespace AiRegOps.PowerShell.Output;

/// <summary>
/// A list in an output object. ConvertTo-Json writes it as an array; Export-Csv and string interpolation call
/// <see cref="ToString"/>, which joins the items with "; " instead of printing the CLR type name.
/// </summary>
public sealed class OutputList : List<object?>
{
    public OutputList(int capacity)
        : base(capacity)
    {
    }

    public override string ToString() => string.Join("; ", this.Select(item => item?.ToString()));
}
