using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Tests.IO;

public sealed class AtomicOutputTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "airegops-tests", Guid.NewGuid().ToString("N"));

    private static readonly OutputFile[] Files = [new("a.json", "{}"), new("b.md", "# b"), new("sub/c.md", "c")];

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_failure_mid_write_leaves_a_new_target_absent_and_no_temp_folder()
    {
        var target = Path.Combine(root, "out");
        var writer = new AtomicDirectoryWriter { BeforeFileWritten = name => { if (name == "b.md") { throw new IOException("disk full"); } } };

        Assert.Throws<IOException>(() => writer.Write(target, Files));

        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void A_failure_mid_write_leaves_an_existing_target_untouched()
    {
        var target = Path.Combine(root, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.json"), "old");
        File.WriteAllText(Path.Combine(target, "keep.txt"), "mine");
        var writer = new AtomicDirectoryWriter { BeforeCommit = () => throw new IOException("disk full") };

        Assert.Throws<IOException>(() => writer.Write(target, Files));

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "a.json")));
        Assert.Equal(["a.json", "keep.txt"], Directory.GetFiles(target).Select(Path.GetFileName).Order());
        Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_complete_write_replaces_namesakes_and_keeps_other_files()
    {
        var target = Path.Combine(root, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.json"), "old");
        File.WriteAllText(Path.Combine(target, "keep.txt"), "mine");

        AtomicDirectoryWriter.Default.Write(target, Files);

        Assert.Equal("{}", File.ReadAllText(Path.Combine(target, "a.json")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "keep.txt")));
        Assert.Equal("c", File.ReadAllText(Path.Combine(target, "sub", "c.md")));
    }

    [Fact]
    public void Paths_that_leave_the_folder_are_refused_before_anything_is_written()
    {
        var target = Path.Combine(root, "out");

        Assert.Throws<ComplianceInputException>(() => AtomicDirectoryWriter.Default.Write(target, [new("ok.md", "x"), new("../evil.md", "x")]));

        Assert.False(Directory.Exists(root) && Directory.GetFileSystemEntries(root).Length > 0);
    }

    [Fact]
    public void A_single_file_failing_before_the_rename_keeps_the_old_content()
    {
        var path = Path.Combine(root, "state.json");
        AtomicFileWriter.Write(path, "old");

        Assert.Throws<IOException>(() => AtomicFileWriter.Write(path, "new", () => throw new IOException("crash")));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["state.json"], Directory.GetFiles(root).Select(Path.GetFileName));
    }
}
