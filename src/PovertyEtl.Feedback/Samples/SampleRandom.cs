namespace PovertyEtl.Feedback.Samples;

/// <summary>
/// A seeded generator for one part of the samples (a report's layout, a commune's households,
/// a sheet's writing), independent of every other part: asking for more reports or
/// households leaves what the others got unchanged. The mix is FNV-1a, stable across runs,
/// unlike <see cref="HashCode"/>.
/// </summary>
internal static class SampleRandom
{
    public static Random For(int seed, params string[] parts)
    {
        var hash = 2166136261u;
        void Mix(int value)
        {
            hash = (hash ^ (uint)value) * 16777619u;
        }
        Mix(seed);
        foreach (var part in parts)
        {
            foreach (var c in part) Mix(c);
            Mix('/');
        }
        return new Random((int)(hash & int.MaxValue));
    }

    public static bool Chance(this Random random, int percent) => random.Next(100) < percent;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>An item drawn with the given relative weights.</summary>
    public static T PickWeighted<T>(this Random random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var draw = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (draw < weight) return item;
            draw -= weight;
        }
        throw new InvalidOperationException("weights must be positive");
    }

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
    public static long Between(this Random random, long min, long max) => max <= min ? min : random.NextInt64(min, max + 1);
}
