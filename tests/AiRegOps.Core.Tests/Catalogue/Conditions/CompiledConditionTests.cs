using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Catalogue.Conditions;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Catalogue.Conditions;

/// <summary>
/// The compiled form of a condition (a flat array of bit tests) gives the answer the condition language defines, and
/// the scheduler's sharing of identical conditions between obligations changes no answer.
/// </summary>
public sealed class CompiledConditionTests
{
    private static readonly IReadOnlyList<Obligation> Obligations = ObligationCatalogue.Default.Obligations;

    [Fact]
    public void Every_catalogue_condition_agrees_with_the_language_on_random_facts()
    {
        var random = new Random(20261202);
        var facts = new ulong[ServiceFacts.Count];
        for (var round = 0; round < 4000; round++)
        {
            RandomFacts(random, facts);
            foreach (var obligation in Obligations)
            {
                var condition = new Condition { Operator = ConditionOperator.AllOf, Children = [obligation.When] };
                Assert.Equal(Reference(obligation.When, facts), CompiledCondition.Compile(condition).Evaluate(facts));
            }
        }
    }

    [Theory]
    [InlineData(ConditionOperator.Equals, true, 0UL, 0UL, false)]
    [InlineData(ConditionOperator.Equals, true, 1UL, 0UL, true)]
    [InlineData(ConditionOperator.Equals, false, 0UL, 0UL, true)]
    [InlineData(ConditionOperator.Equals, false, 1UL, 0UL, false)]
    [InlineData(ConditionOperator.Exists, true, 0b100UL, 0UL, true)]
    [InlineData(ConditionOperator.Exists, false, 0b100UL, 0UL, false)]
    [InlineData(ConditionOperator.Exists, false, 0UL, 0UL, true)]
    [InlineData(ConditionOperator.In, true, 0b0110UL, 0b0011UL, true)]
    [InlineData(ConditionOperator.In, true, 0b0100UL, 0b0011UL, false)]
    [InlineData(ConditionOperator.In, true, 0b0100UL, 0UL, false)]
    [InlineData(ConditionOperator.All, true, 0b0111UL, 0b0011UL, true)]
    [InlineData(ConditionOperator.All, true, 0b0110UL, 0b0011UL, false)]
    [InlineData(ConditionOperator.All, true, 0b0110UL, 0UL, true)]
    public void Each_test_holds_as_the_language_defines(ConditionOperator op, bool expected, ulong value, ulong mask, bool holds)
    {
        var fact = Facts.All[Facts.Features];
        var test = new Condition { Operator = op, Fact = fact, Expected = expected, Mask = mask };
        var facts = new ulong[ServiceFacts.Count];
        facts[Facts.Features] = value;

        Assert.Equal(holds, CompiledCondition.Compile(test).Evaluate(facts));
        Assert.Equal(!holds, CompiledCondition.Compile(new Condition { Operator = ConditionOperator.Not, Children = [test] }).Evaluate(facts));
    }

    [Fact]
    public void Conditions_with_the_same_tests_are_the_same_and_others_are_not()
    {
        var roles = Facts.All[Facts.Roles];
        Condition Test(ulong mask) => new() { Operator = ConditionOperator.In, Fact = roles, Mask = mask, Label = $"label {mask}" };

        Assert.True(CompiledCondition.Compile(Test(0b01)).SameTestsAs(CompiledCondition.Compile(Test(0b01))));
        Assert.False(CompiledCondition.Compile(Test(0b01)).SameTestsAs(CompiledCondition.Compile(Test(0b10))));
        var any = new Condition { Operator = ConditionOperator.AnyOf, Children = [Test(0b01)] };
        var all = new Condition { Operator = ConditionOperator.AllOf, Children = [Test(0b01)] };
        Assert.False(CompiledCondition.Compile(any).SameTestsAs(CompiledCondition.Compile(all)));
    }

    [Fact]
    public void Shared_conditions_give_each_obligation_its_own_answer()
    {
        var slots = new ConditionSlots(Obligations);
        Assert.InRange(slots.Count, 1, Obligations.Count - 1);
        var random = new Random(7);
        var facts = new ulong[ServiceFacts.Count];
        for (var round = 0; round < 2000; round++)
        {
            RandomFacts(random, facts);
            var verdicts = new byte[slots.Count];
            for (var i = 0; i < Obligations.Count; i++)
            {
                Assert.Equal(Obligations[i].Compiled.Evaluate(facts), slots.Applies(i, facts, verdicts));
            }
        }
    }

    // Dense enough that most tests flip between rounds: a few low bits per set, flags on or off.
    private static void RandomFacts(Random random, ulong[] facts)
    {
        for (var f = 0; f < facts.Length; f++)
        {
            facts[f] = Facts.All[f].Kind == FactKind.Flag ? (ulong)random.Next(2) : (ulong)random.NextInt64() & (random.Next(4) == 0 ? 0UL : 0xFFFFUL);
        }
    }

    // The condition language as docs/catalogue.md states it, read straight off the tree.
    private static bool Reference(Condition condition, ulong[] facts)
    {
        var value = condition.Fact is { } fact ? facts[fact.Index] : 0;
        return condition.Operator switch
        {
            ConditionOperator.AllOf => condition.Children.All(c => Reference(c, facts)),
            ConditionOperator.AnyOf => condition.Children.Any(c => Reference(c, facts)),
            ConditionOperator.Not => !Reference(condition.Children[0], facts),
            ConditionOperator.Equals or ConditionOperator.Exists => (value != 0) == condition.Expected,
            ConditionOperator.In => (value & condition.Mask) != 0,
            _ => (value & condition.Mask) == condition.Mask,
        };
    }
}
