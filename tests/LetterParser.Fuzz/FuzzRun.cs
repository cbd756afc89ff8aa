using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace LetterParser.Fuzz;

/// <summary>
/// The bounded run: mutants 0, 1, 2… of the run seed, each from one seed of the corpus, read two at a time until
/// the time or the count is up. Mutant N depends only on the run seed and N, so a finding is reproduced by its
/// number; the order mutants finish in does not matter.
/// </summary>
internal static class FuzzRun
{
    public static async Task<int> RunAsync(FuzzOptions options, TextWriter log)
    {
        var corpus = SeedCorpus.Load(options.SeedFolder);
        var findings = new FindingsFolder(options.FindingsFolder);
        using var target = new FuzzTarget(options);
        await target.WarmUpAsync(CancellationToken.None);

        if (options.Replay.Count > 0)
            return await ReplayAsync(options.Replay, target, log);

        var clock = Stopwatch.StartNew();
        var found = 0;
        var done = 0;
        var byEntry = new int[Enum.GetValues<EntryPoint>().Length];
        // The mutant whose reader spent the most CPU time: how far below the slow limit the run stayed.
        var costliest = (Mutant: 0, Seed: (Seed?)null, Verdict: (Verdict?)null);
        var costliestLock = new Lock();
        var onWallTime = new ConcurrentBag<(int Mutant, Seed Seed, byte[] Content, string Edits, Verdict Verdict)>();
        var numbers = options.Only is { } only ? [only] : Enumerable.Range(0, options.MaxMutants);
        await Parallel.ForEachAsync(numbers.TakeWhile(_ => clock.Elapsed < options.Duration),
            new ParallelOptions { MaxDegreeOfParallelism = options.Readers },
            async (mutant, ct) =>
            {
                var random = new Random(MutantSeed(options.Seed, mutant));
                var seed = corpus[random.Next(corpus.Count)];
                var (content, edits) = ByteMutator.Mutate(seed, corpus, random);
                var verdict = await target.RunAsync(content, $"mutant-{mutant}{Path.GetExtension(seed.Name)}", ct);
                Interlocked.Increment(ref done);
                Interlocked.Increment(ref byEntry[(int)seed.EntryPoint]);
                lock (costliestLock)
                {
                    if (verdict.Cpu > costliest.Verdict?.Cpu || costliest.Verdict?.Cpu is null)
                        costliest = (mutant, seed, verdict);
                }
                if (!verdict.IsFinding && options.Only is null)
                    return;
                if (verdict.RestsOnWallTime && options.Only is null)
                {
                    onWallTime.Add((mutant, seed, content, edits, verdict));
                    return;
                }
                var line = string.Create(CultureInfo.InvariantCulture, $"mutant {mutant} of {seed.Name} [{edits}]: {verdict}");
                if (verdict.IsFinding)
                {
                    Interlocked.Increment(ref found);
                    line += " -> " + findings.Write(verdict, content, seed, options.Seed, mutant, edits);
                }
                lock (log)
                    log.WriteLine(line);
            });

        // A finding that rests on the wall clock alone (a reader stopped by the wall-time limit before it had spent
        // the slow limit in CPU) is read again alone, by one reader with a longer wall-time limit: on 2 shared cores,
        // two readers and other sessions' builds (load average over 10) stretched a fax OCR mutant that takes 5.3 s
        // alone (2.6 s of CPU) past the 15 s limit. Its second verdict is the one that counts; past the first few the
        // run would outlast its bound, so those count as they stand.
        var reread = 0;
        FuzzTarget? alone = null;
        try
        {
            foreach (var (mutant, seed, content, edits, first) in onWallTime.OrderBy(s => s.Mutant))
            {
                Verdict again;
                if (++reread <= MaxRereads)
                {
                    alone ??= FuzzTarget.Alone(options);
                    again = await alone.RunAsync(content, $"mutant-{mutant}-again{Path.GetExtension(seed.Name)}", CancellationToken.None);
                }
                else
                {
                    again = first;
                }
                var line = string.Create(CultureInfo.InvariantCulture, $"mutant {mutant} of {seed.Name} [{edits}]: {first}; alone: {(reread <= MaxRereads ? again : "not read again")}");
                if (again.IsFinding)
                {
                    found++;
                    line += " -> " + findings.Write(again, content, seed, options.Seed, mutant, edits);
                }
                log.WriteLine(line);
            }
        }
        finally
        {
            alone?.Dispose();
        }

        var entries = string.Join(", ", Enum.GetValues<EntryPoint>().Select(e => $"{byEntry[(int)e]} {e.ToString().ToLowerInvariant()}"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: seed {options.Seed}, {done} mutants ({entries}) of {corpus.Count} seeds in {clock.Elapsed.TotalSeconds:0} s; {found} findings{(found > 0 ? " in " + findings.Path : "")}"));
        if (costliest is { Seed: { } top, Verdict.Cpu: { } most })
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fuzz: most CPU: mutant {costliest.Mutant} of {top.Name}, {most.TotalSeconds:0.00} s CPU, {costliest.Verdict.Elapsed.TotalSeconds:0.00} s wall (slow limit {options.SlowLimit.TotalSeconds:0} s CPU)"));
        }
        return found == 0 ? 0 : 1;
    }

    /// <summary>
    /// Most mutants read again alone at the end of a run: each takes up to the CPU limit, or the lone wall-time limit
    /// on cores that stay loaded.
    /// </summary>
    private const int MaxRereads = 8;

    /// <summary>
    /// The random seed of mutant N of run seed S. Not <see cref="HashCode.Combine{T1, T2}"/>: that is salted per
    /// process, so the same --seed and --only gave other bytes on every run and a finding could not be had again.
    /// </summary>
    internal static int MutantSeed(int runSeed, int mutant)
    {
        // SplitMix64's finaliser: neighbouring mutant numbers get unrelated seeds.
        var z = unchecked(((ulong)(uint)runSeed << 32 | (uint)mutant) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static async Task<int> ReplayAsync(IReadOnlyList<string> files, FuzzTarget target, TextWriter log)
    {
        var found = 0;
        foreach (var file in files)
        {
            var verdict = await target.RunAsync(File.ReadAllBytes(file), Path.GetFileName(file), CancellationToken.None);
            log.WriteLine($"{file}: {verdict}");
            found += verdict.IsFinding ? 1 : 0;
        }
        return found == 0 ? 0 : 1;
    }
}
