namespace AiRegOps.Core.Profiles.Loading;

/// <summary>A record being read from a profile, with the date read beside it (null until its key is read).</summary>
internal sealed class Dated<T>(T value, DateOnly? on)
    where T : class
{
    public T Value { get; } = value;

    public DateOnly? On { get; } = on;

    public void Deconstruct(out T value, out DateOnly? on)
    {
        value = Value;
        on = On;
    }
}
