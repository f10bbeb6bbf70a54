def test_probe(console, sessions):
    for m in ["account add Acme", "deal add Acme renewal 10k EUR account=Acme", "remind me tomorrow to call Acme",
              "pipeline per lead source", "pipeline by source", "which lead source brings the most customers?",
              "what did I change last?", "understood", "understod yes", "undrstood"]:
        print(">>", m); print(console.say(m))
    assert 0
