"""Regression floors on the independent evaluation sets in eval/.

Each set was written from the article alone (not from the dev set or the entries'
alternates), so it stands in for an unseen held-out set:
- cases.yaml: matching and red flags, written by the team;
- redflags_blind1.yaml: danger signs, written by a helper who never saw knowledge/,
  scored once before and once after the red-flag rewrite and never tuned on
  (acute 0.525 -> 0.875, prompt 0.371 -> 0.771, false alarms 0.090 -> 0.050, in-scope
  as the scorer counts it 0.567 -> 0.719, 0.604 of the calm questions); its safety floors
  are those measured figures rounded down, its quality floor as for cases.yaml;
- conversations_blind1.yaml: stories and conversations (a turn written as a plain string
  is context, not scored), written by a helper who never saw knowledge/, scored before
  and after conversations (issue 9) and never tuned on; as the scorer counts, in-scope
  0.437 -> 0.807, out-of-scope 0.895 -> 0.895, acute 0.8 -> 1.0, prompt 0.857 -> 1.0,
  false alarms 0.021 -> 0.028; its floors are those figures rounded down. A
  conversation runs in a chat of its own, with context, as on Telegram;
- redflags_blind2.yaml and redflags_blind3.yaml: danger signs, each written by a helper
  who never saw knowledge/ nor any other set, scored once before and once after the
  rounds of red-flag work that followed and never tuned on (blind2: acute 0.775 -> 0.875,
  prompt 0.714 -> 0.743, false alarms 0.089 -> 0.067; blind3: acute 0.953 -> 0.977,
  prompt 0.806 -> 0.806, false alarms 0.030 -> 0.040); floors as for blind1.
- training/redflags_train*.yaml: danger signs written the same way but looked at and
  learnt from (the words and constructions they showed became general vocabulary and
  modifiers, never their sentences); floors at today's figures guard what was learnt.
  Their writers read "a fall with osteoporosis, age over about 70 or steroids" as three
  signs; the bot needs a fall or blow with osteoporosis or old age for a possible
  fracture, but long-term steroid tablets with back pain now are a sign of their own, and
  (since session 36) so is back pain new or just begun over 70 with no cause told.
- redflags_blind4.yaml: written the same way, scored before and after the last round of
  red-flag work (acute 0.905 -> 0.905, prompt 0.861 -> 0.833, false alarms 0.042 ->
  0.042), never tuned on; floors as for blind1.
- redflags_blind5.yaml: written the same way, scored once at the start of the session's
  red-flag work and once after it (acute 0.762 -> 0.833, prompt 0.892 -> 0.919, false
  alarms 0.020 -> 0.031, in-scope 0.773 -> 0.831), never tuned on.
- redflags_blind6.yaml: written the same way, scored before and after the round learnt
  from training sets 8 and 9 (acute 0.800 -> 0.800, prompt 0.900 -> 0.925, false alarms
  0.074 -> 0.063, in-scope 0.788 -> 0.794), never tuned on.
- conversations_blind2.yaml: stories and conversations written the same way as
  conversations_blind1, scored before and after this session's conversation work
  (in-scope 0.817 -> 0.840: stories 0.836 -> 0.869, follow-ups 0.800 -> 0.814;
  out-of-scope 0.941 -> 0.941), never tuned on.
- redflags_blind7.yaml: written the same way, scored before and after the thesaurus of
  acute-sign words (acute 0.911 -> 0.911, prompt 0.975 -> 0.975, false alarms 0.033 ->
  0.033, in-scope 0.836 -> 0.836), never tuned on.
- redflags_blind8.yaml: written the same way, scored before and after the rounds learnt
  from training sets 11 and 12 and the acute safety net (acute 0.940 -> 0.940, prompt
  0.950 -> 0.950, false alarms 0.022 -> 0.022, in-scope 0.894 -> 0.894), never tuned on.
- conversations_blind3.yaml: stories and conversations written the same way, scored
  before and after the later conversation work (in-scope 0.744 -> 0.761: stories 0.784
  -> 0.784, follow-ups 0.712 -> 0.742; out-of-scope 0.889 -> 0.889), never tuned on.
- redflags_blind9.yaml: written the same way, scored before and after the second
  thesaurus (acute 0.960 -> 0.960, prompt 0.900 -> 0.925, false alarms 0.033 -> 0.033,
  in-scope 0.824 -> 0.829), never tuned on.
- conversations_blind4.yaml: stories and conversations written the same way, scored
  before and after the same round (in-scope 0.899 -> 0.899: stories 0.880, follow-ups
  0.913; out-of-scope 0.882), never tuned on.
- redflags_blind10.yaml: written the same way, scored at 91365b0 and after training sets
  13 and 14 (205b59d): acute 0.940 -> 0.940, prompt 0.925 -> 0.925, false alarms 0.033 ->
  0.033, in-scope 0.894 -> 0.894, never tuned on.
- redflags_blind11.yaml: written the same way, scored at c411c18 and after training sets
  15 and 16 and the off-topic work: acute 0.900 -> 0.900, prompt 0.975 -> 0.975, false
  alarms 0.011 -> 0.011, in-scope 0.818 -> 0.818 (scorer's measure), never tuned on.
- conversations_blind5.yaml: written the same way, scored at 91365b0 and after the same
  round: in-scope 0.892 -> 0.883 (stories 0.863 -> 0.843, follow-ups 0.913 -> 0.913),
  out-of-scope 0.882 -> 0.941, false alarms 0.008 -> 0.016, never tuned on.
- redflags_blind12.yaml and redflags_blind13.yaml: written the same way, scored once
  before (blind12 at cbe9e9b, blind13 at 15e6979) and once after the round learnt from
  training sets 17 and conversations 6 (cb2fa3d): blind12 acute 0.920 -> 0.920, prompt
  1.000 -> 1.000, false alarms 0.012 -> 0.012, in-scope 0.869 -> 0.869; blind13 acute
  0.943 -> 0.971, prompt 0.943 -> 0.943, false alarms 0.020 -> 0.030, in-scope 0.839 ->
  0.845 (scorer's measure), never tuned on.
- conversations_blind6.yaml and conversations_blind7.yaml: written the same way, scored
  before and after the same round: blind6 in-scope 0.855 -> 0.863 (stories 0.884 ->
  0.884, follow-ups 0.838 -> 0.851), out-of-scope 0.818 -> 0.818; blind7 in-scope 0.858
  -> 0.858 (stories 0.821, follow-ups 0.877), out-of-scope 0.800 -> 0.800, never tuned
  on. Three flagged turns that listed only one of the two danger-sign headings got the
  other when they became floors.
- redflags_blind14.yaml and conversations_blind8.yaml: written the same way, scored once
  before (4654227) and once after the round learnt from training sets 18 and
  conversations 7 and from the sets that had become floors (18cd584): both unchanged
  (blind14 acute 0.971, prompt 0.943, false alarms 0.060, in-scope 0.839, out-of-scope
  0.867; conversations8 in-scope 0.876, stories 0.854, follow-ups 0.887, out-of-scope
  0.913), never tuned on.
- redflags_blind15.yaml and conversations_blind9.yaml: written the same way, scored once
  before (ff48745) and once after the round learnt from blind set 14 and conversations 8
  once they were floors (a3d99c0): blind15 unchanged (acute 0.943, prompt 0.971, false
  alarms 0.000, in-scope 0.865, out-of-scope 0.867); conversations9 in-scope 0.879 ->
  0.887 (stories 0.805 -> 0.805, follow-ups 0.916 -> 0.928), out-of-scope 0.810 ->
  0.810, false alarms 0.022 -> 0.022; never tuned on.
- redflags_blind16.yaml and conversations_blind10.yaml: written the same way, scored once
  before (3dcaf96) and once after the round learnt from blind sets 14 and 15 once they
  were floors (fbdd6f7): both unchanged (blind16 acute 0.943, prompt 0.971, false alarms
  0.040, in-scope 0.903, out-of-scope 0.800; conversations10 in-scope 0.869, stories
  0.810, follow-ups 0.898, out-of-scope 0.952, false alarms 0.015); never tuned on.
- redflags_blind17.yaml and conversations_blind11.yaml: written the same way, scored once
  before (6bd3d5f) and once after the round learnt from training sets 19 and
  conversations 8 and from blind set 16 once it was a floor (aa4b3d8): blind17 acute
  0.886 -> 0.914, prompt 0.971 -> 0.971, false alarms 0.050 -> 0.050, in-scope 0.839 ->
  0.852, out-of-scope 0.933 -> 0.933; conversations11 in-scope 0.873 -> 0.873 (stories
  0.857 -> 0.881, follow-ups 0.881 -> 0.869), out-of-scope 0.917 -> 0.917, false alarms
  0.000 -> 0.000; never tuned on.
- conversations_blind12.yaml: written the same way, scored once before (f44f03a) and
  once after the round learnt from training sets 20 and conversations 9 and from blind
  set 17 once it was a floor (50bd64e): in-scope 0.872 -> 0.880 (stories 0.786 -> 0.786,
  follow-ups 0.920 -> 0.933), out-of-scope 0.917 -> 0.917, false alarms 0.008 -> 0.008;
  never tuned on. Two of its follow-up failures after an exercise were seen by mistake
  in an analysis over all conversation files before this "after"; it was scored at once,
  before any change that could use them.
- redflags_blind18.yaml: written the same way, scored once before (93f8f88) and once
  after the round learnt from training set 20 (1ab5be3): unchanged (acute 1.000, prompt
  0.971, false alarms 0.030, in-scope 0.871, out-of-scope 1.000); never tuned on.
- redflags_blind19.yaml and conversations_blind13.yaml: written the same way, scored
  once before (blind19 at 21624eb, conversations13 at a364052) and once after the round
  learnt from training sets 21 and conversations 8 and 9 and from blind set 18 once it
  was a floor (9f804b3): blind19 acute 0.972 -> 0.972, prompt 0.971 -> 0.971, false
  alarms 0.020 -> 0.020, in-scope 0.832 -> 0.826, out-of-scope 0.867 -> 0.867;
  conversations13 in-scope 0.876 -> 0.885 (stories 0.875 -> 0.875, follow-ups 0.877 ->
  0.890), out-of-scope 0.917 -> 0.917, false alarms 0.016 -> 0.016; never tuned on.
- redflags_blind20.yaml and conversations_blind14.yaml: written the same way, scored
  once before (blind20 at 58ceb4d, conversations14 at 4c9578b) and once after the round
  learnt from training set 22 and from blind set 19 once it was a floor (1cc3b77):
  blind20 acute 1.000 -> 1.000, prompt 0.886 -> 0.886, false alarms 0.060 -> 0.050,
  in-scope 0.813 -> 0.819, out-of-scope 0.933 -> 0.933; conversations14 unchanged
  (in-scope 0.898, stories 0.929, follow-ups 0.882, out-of-scope 0.958, false alarms
  0.000); never tuned on.
- redflags_blind21.yaml and conversations_blind15.yaml: written the same way, scored
  once before (d3615cf) and once after the round that followed (b798563): blind21 acute
  0.971 -> 0.971, prompt 0.971 -> 1.000, false alarms 0.020 -> 0.020, in-scope 0.806 ->
  0.806, out-of-scope 0.933 -> 0.933; conversations15 unchanged (in-scope 0.919, stories
  0.884, follow-ups 0.938, out-of-scope 0.880, false alarms 0.000); never tuned on.
- redflags_blind22.yaml and conversations_blind16.yaml: written the same way, scored
  once before (8296095) and once after the round learnt from training sets 23 and
  conversations 10 and blind set 21 once it was a floor (7ec92a9): blind22 acute 0.971 ->
  0.971, prompt 0.971 -> 0.971, false alarms 0.000 -> 0.000, in-scope 0.813 -> 0.806,
  out-of-scope 0.800 -> 0.800; conversations16 unchanged (in-scope 0.882, stories 0.795,
  follow-ups 0.928, out-of-scope 1.000, false alarms 0.007); never tuned on.
- redflags_blind23.yaml and conversations_blind17.yaml: written the same way, scored
  once before (3e00188) and once after the round learnt from training sets 24 and
  conversations 11 and blind set 22 once it was a floor (320cf55): blind23 acute 1.000 ->
  1.000, prompt 0.971 -> 1.000, false alarms 0.040 -> 0.040, in-scope 0.832 -> 0.839,
  out-of-scope 1.000 -> 1.000; conversations17 unchanged (in-scope 0.870, stories 0.826,
  follow-ups 0.891, out-of-scope 0.920, false alarms 0.007); never tuned on.
- redflags_blind24.yaml and conversations_blind18.yaml: written the same way, scored
  once before (21160ad) and once after the round learnt from training set 25 (33cb19a),
  both unchanged: blind24 acute 0.971, prompt 0.971, false alarms 0.020, in-scope 0.877,
  out-of-scope 0.867; conversations18 in-scope 0.789 (stories 0.800, follow-ups 0.784),
  out-of-scope 0.955, false alarms 0.000; never tuned on.
- redflags_blind25.yaml and conversations_blind19.yaml: written the same way, scored
  once before (a84c123) and once after the round learnt from training sets 26 and
  conversations 12-13 (35699e1): blind25 acute 0.972 -> 0.972, prompt 0.972 -> 0.972,
  false alarms 0.020 -> 0.031, in-scope 0.903 -> 0.910, out-of-scope 0.933 -> 0.933;
  conversations19 in-scope 0.845 -> 0.862 (stories 0.867 -> 0.911, follow-ups 0.831 ->
  0.831), out-of-scope 0.875 -> 0.833, false alarms 0.008 -> 0.008; never tuned on.
- redflags_blind26.yaml and conversations_blind20.yaml: written the same way, scored once
  before (de1e3cc) and once after the round learnt from training sets 27-43 and
  conversations 14-16 (328ecda): blind26 acute 0.972 -> 0.972, prompt 0.944 -> 0.972,
  false alarms 0.020 -> 0.020, in-scope 0.890 -> 0.897, out-of-scope 0.800 -> 0.800;
  conversations20 in-scope 0.870 -> 0.878 (stories 0.844 -> 0.867, follow-ups 0.886 ->
  0.886), out-of-scope 0.913 -> 0.913, false alarms 0.024 -> 0.024; never tuned on.
- redflags_blind27.yaml and conversations_blind21.yaml: written the same way, scored once
  before (29823f5) and once after the same round (328ecda): blind27 acute 0.972 -> 0.972,
  prompt 0.972 -> 0.972, false alarms 0.020 -> 0.020, in-scope 0.845 -> 0.845,
  out-of-scope 0.933 -> 0.933; conversations21 in-scope 0.826 -> 0.835 (stories 0.867 ->
  0.889, follow-ups 0.800 -> 0.800), out-of-scope 0.957 -> 0.957, false alarms 0.016 ->
  0.016; never tuned on.
- redflags_blind28.yaml and conversations_blind22.yaml: written the same way, scored once
  before (328ecda) and once after the round learnt from training sets 44-51 and
  conversations 17-20 (9fd5760): blind28 acute 1.000 -> 1.000, prompt 1.000 -> 1.000,
  false alarms 0.031 -> 0.031, in-scope 0.910 -> 0.910, out-of-scope 0.933 -> 0.933;
  conversations22 in-scope 0.876 -> 0.876 (stories 0.800 -> 0.800, follow-ups 0.926 ->
  0.926), out-of-scope 1.000 -> 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind29.yaml and conversations_blind23.yaml: written the same way, scored once
  before (9fd5760) and once after the round learnt from training sets 52-65 and
  conversations 21-30 (99327aa): blind29 acute 0.944 -> 0.944, prompt 1.000 -> 1.000,
  false alarms 0.010 -> 0.010, in-scope 0.910 -> 0.910, out-of-scope 0.867 -> 0.933;
  conversations23 in-scope 0.870 -> 0.887 (stories 0.822 -> 0.867, follow-ups 0.900 ->
  0.900), out-of-scope 0.875 -> 0.917, false alarms 0.008 -> 0.008; never tuned on.
- redflags_blind30.yaml and conversations_blind24.yaml: written the same way, scored once
  before (99327aa) and once after the round learnt from training sets 66-78 and
  conversations 31-39 (6e3bf01): blind30 acute 0.972 -> 0.972, prompt 0.972 -> 0.972,
  false alarms 0.020 -> 0.010, in-scope 0.877 -> 0.897, out-of-scope 0.867 -> 0.867;
  conversations24 in-scope 0.858 -> 0.850 (stories 0.800 -> 0.778, follow-ups 0.897 ->
  0.897), out-of-scope 0.870 -> 0.870, false alarms 0.048 -> 0.048; never tuned on.
- redflags_blind31.yaml and conversations_blind25.yaml: written the same way, scored once
  before (8f7360e) and once after the rounds learnt from training sets 79-85 and
  conversations 40-45 (41ebe79): blind31 acute 0.972 -> 0.972, prompt 1.000 -> 1.000,
  false alarms 0.000 -> 0.000, in-scope 0.935 -> 0.935, out-of-scope 0.933 -> 0.933;
  conversations25 in-scope 0.832 -> 0.850 (stories 0.756 -> 0.778, follow-ups 0.882 ->
  0.897), out-of-scope 0.917 -> 0.917, false alarms 0.032 -> 0.024; never tuned on.
- redflags_blind32.yaml and conversations_blind26.yaml: written the same way, scored once
  before (9c7abc6) and once after the rounds learnt from training sets 86-91 and
  conversations 46-49 (62e6126): blind32 acute 0.972 -> 0.972, prompt 0.972 -> 0.972,
  false alarms 0.031 -> 0.031, in-scope 0.883 -> 0.883, out-of-scope 1.000 -> 1.000;
  conversations26 in-scope 0.787 -> 0.798 (stories 0.800 -> 0.800, follow-ups 0.776 ->
  0.796), out-of-scope 1.000 -> 1.000, false alarms 0.020 -> 0.020; never tuned on.
- redflags_blind33.yaml and conversations_blind27.yaml: written the same way, scored once
  before (6f84551) and once after the rounds learnt from training sets 88-100 and
  conversations 47-54 (f178eb1): blind33 acute 0.944 -> 0.972, prompt 1.000 -> 1.000,
  false alarms 0.041 -> 0.041, in-scope 0.877 -> 0.883, out-of-scope 0.875 -> 0.875;
  conversations27 in-scope 0.810 -> 0.821 (stories 0.844 -> 0.844, follow-ups 0.769 ->
  0.795), out-of-scope 1.000 -> 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind34.yaml and conversations_blind28.yaml: written the same way at the start
  of the session that learnt from training sets 92-102 and conversations 50-55, scored
  once before (23cc36c) and once after it (acdafd8): blind34 acute 0.972 -> 0.972, prompt
  0.944 -> 0.944, false alarms 0.041 -> 0.041, in-scope 0.868 -> 0.875, out-of-scope
  0.833 -> 0.833; conversations28 in-scope 0.820 -> 0.820 (stories 0.844 -> 0.844,
  follow-ups 0.795 -> 0.795), out-of-scope 1.000 -> 1.000, false alarms 0.010 -> 0.010;
  never tuned on.
- redflags_blind35.yaml and conversations_blind29.yaml: written the same way in the
  session that learnt from training sets 92-102, scored once before the changes that
  followed (9163f53) and once after the next session's round, which learnt from training
  sets 103-113 and conversations 56-61 (b60d034): blind35 acute 0.972 -> 0.972, prompt
  0.917 -> 0.917, false alarms 0.020 -> 0.020, in-scope 0.865 -> 0.871, out-of-scope
  1.000 -> 1.000; conversations29 in-scope 0.900 -> 0.900 (stories 0.911 -> 0.911,
  follow-ups 0.889 -> 0.889), out-of-scope 1.000 -> 1.000, false alarms 0.000 -> 0.000;
  never tuned on.
- redflags_blind36.yaml and conversations_blind30.yaml: written the same way at the start
  of that round, scored once before it (fe10414) and once after it (b60d034): blind36
  acute 0.972 -> 0.972, prompt 0.972 -> 0.972, false alarms 0.010 -> 0.010, in-scope
  0.909 -> 0.916, out-of-scope 0.938 -> 0.938; conversations30 in-scope 0.802 -> 0.802
  (stories 0.778 -> 0.778, follow-ups 0.833 -> 0.833), out-of-scope 0.958 -> 0.958, false
  alarms 0.011 -> 0.011; never tuned on.
- redflags_blind37.yaml and conversations_blind31.yaml: written the same way mid-round,
  scored once before the changes that followed (9c8543d) and once after the next
  session's round, which learnt from training sets 114-115 and conversations 62-63
  (627230e): blind37 acute 1.000 -> 1.000, prompt 0.972 -> 0.972, false alarms 0.061 ->
  0.061, in-scope 0.915 -> 0.915, out-of-scope 0.882 -> 0.882; conversations31 in-scope
  0.788 -> 0.812 (stories 0.778 -> 0.800, follow-ups 0.800 -> 0.825), out-of-scope 0.958
  -> 0.958, acute 0.857 -> 0.857 (6 of 7), false alarms 0.011 -> 0.011; never tuned on.
- redflags_blind38.yaml and conversations_blind32.yaml: written the same way at the start
  of that round, scored once before it (f1818db) and once after it (627230e): blind38
  acute 0.944 -> 0.944, prompt 0.972 -> 0.972, false alarms 0.000 -> 0.000, in-scope
  0.864 -> 0.870, out-of-scope 1.000 -> 1.000; conversations32 in-scope 0.759 -> 0.759
  (stories 0.822 -> 0.822, follow-ups 0.684 -> 0.684), out-of-scope 1.000 -> 1.000,
  prompt 0.833 -> 0.833, false alarms 0.043 -> 0.043; never tuned on.
- redflags_blind39.yaml and conversations_blind33.yaml: written the same way near the end
  of the round before, scored once before the changes that followed (627230e) and once
  after the next session's round, which learnt from training sets 116-117 and
  conversations 64-65: at 7a296ed blind39 missed one acute sign the before-score caught
  ("klarer ikke å tisse, det har gått over 12 timer": a phrase added in that round read
  "gone over" as "over"); that phrase was fixed (a5bd84d) and then blind39 acute 1.000 ->
  1.000, prompt 1.000 -> 1.000, false alarms 0.010 -> 0.010, in-scope 0.887 -> 0.887,
  out-of-scope 0.842 -> 0.842; conversations33 in-scope 0.750 -> 0.761 (stories 0.756 ->
  0.756, follow-ups 0.744 -> 0.767), out-of-scope 1.000 -> 1.000, acute 1.000, prompt
  1.000, false alarms 0.010 -> 0.010; never tuned on.
- redflags_blind40.yaml and conversations_blind34.yaml: written the same way at the start
  of that round, scored once before it (9e77d81) and once after it (a5bd84d): blind40
  acute 0.944 -> 0.944, prompt 0.972 -> 0.972, false alarms 0.020 -> 0.020, in-scope
  0.916 -> 0.916, out-of-scope 0.933 -> 0.933; conversations34 in-scope 0.826 -> 0.837
  (stories 0.800 -> 0.800, follow-ups 0.854 -> 0.878), out-of-scope 0.917 -> 0.917, acute
  1.000, prompt 1.000, false alarms 0.010 -> 0.010; never tuned on.
- redflags_blind41.yaml and conversations_blind35.yaml: written the same way at the end
  of the round before, scored once before the changes that followed (a5bd84d) and once
  after the next session's round, which learnt from training sets 118-119 and
  conversations 66-67 (1585afb): blind41 acute 0.972 -> 0.972, prompt 0.972 -> 0.972,
  false alarms 0.010 -> 0.010, in-scope 0.903 -> 0.903, out-of-scope 0.933 -> 0.933;
  conversations35 in-scope 0.890 -> 0.890 (stories 0.911 -> 0.911, follow-ups 0.870 ->
  0.870), out-of-scope 1.000 -> 1.000, acute 1.000, prompt 1.000, false alarms 0.020 ->
  0.020; never tuned on.
- redflags_blind42.yaml and conversations_blind36.yaml: written the same way at the start
  of that round, scored once before it (fb091d0) and once after it (1585afb): blind42
  acute 0.944 -> 0.944, prompt 1.000 -> 1.000, false alarms 0.041 -> 0.041, in-scope
  0.876 -> 0.876, out-of-scope 1.000 -> 1.000; conversations36 in-scope 0.852 -> 0.852
  (stories 0.867 -> 0.867, follow-ups 0.837 -> 0.837), out-of-scope 0.957 -> 0.957, acute
  1.000, prompt 1.000, false alarms 0.010 -> 0.010; never tuned on. Once floors, their
  misses were read and learnt from (d03faa7): blind42 acute 1.000, false alarms 0.020,
  and its floor is those figures.
- redflags_blind43.yaml and conversations_blind37.yaml: written the same way at the end
  of the round before, scored once before the changes that followed (1585afb) and once
  after the next session's round, which learnt from training sets 120-121 and
  conversations 68-69 (ac99f2a): blind43 acute 0.972 -> 0.972, prompt 0.972 -> 0.972,
  false alarms 0.031 -> 0.031, in-scope 0.903 -> 0.903, out-of-scope 0.938 -> 0.938;
  conversations37 in-scope 0.917 -> 0.917 (stories 0.889 -> 0.889, follow-ups 0.949 ->
  0.949), out-of-scope 1.000 -> 1.000, acute 1.000, prompt 1.000, false alarms 0.000 ->
  0.000; never tuned on.
- redflags_blind44.yaml and conversations_blind38.yaml: written the same way at the start
  of that round, scored once before it (480ca08) and once after it (ac99f2a): blind44
  acute 0.972 -> 0.972, prompt 1.000 -> 1.000, false alarms 0.020 -> 0.020, in-scope
  0.896 -> 0.896, out-of-scope 0.938 -> 0.938; conversations38 in-scope 0.802 -> 0.802
  (stories 0.778 -> 0.778, follow-ups 0.829 -> 0.829), out-of-scope 1.000 -> 1.000, acute
  1.000, prompt 1.000, false alarms 0.021 -> 0.021; never tuned on.
- redflags_blind45.yaml and conversations_blind39.yaml: written the same way at the end
  of that round, scored once before the next (d45c047, code of ac99f2a) and once after it
  (d135c0f): blind45 acute 0.972 -> 0.972, prompt 1.000 -> 1.000, false alarms 0.020 ->
  0.020, in-scope 0.890 -> 0.890, out-of-scope 0.812 -> 0.812; conversations39 in-scope
  0.864 -> 0.864 (stories 0.822 -> 0.822, follow-ups 0.907 -> 0.907), out-of-scope 1.000,
  acute 1.000, prompt 1.000, false alarms 0.021 -> 0.021; never tuned on.
- redflags_blind46.yaml and conversations_blind40.yaml: written the same way at the start
  of that round (the steroid sign, training set 122), scored once before it (4479aee)
  and once after it (d135c0f): blind46 acute 0.944 -> 0.944, prompt 0.806 -> 0.889, false
  alarms 0.020 -> 0.020, in-scope 0.819 -> 0.839, out-of-scope 0.867 -> 0.867;
  conversations40 in-scope 0.892 -> 0.892 (stories 0.895, follow-ups 0.889), out-of-scope
  0.750 -> 0.750, acute 1.000, prompt 0.750 -> 0.750, false alarms 0.030 -> 0.030; never
  tuned on.
- redflags_blind47.yaml and conversations_blind41.yaml: written the same way at the end
  of that round, scored once before the next (d135c0f) and once after it (f4fcdb4):
  blind47 acute 1.000 -> 1.000, prompt 0.972 -> 0.972, false alarms 0.020 -> 0.020,
  in-scope 0.923 -> 0.923, out-of-scope 0.933 -> 0.933; conversations41 in-scope 0.910 ->
  0.910 (stories 0.923, follow-ups 0.900), out-of-scope 0.875 -> 0.875, acute 1.000,
  prompt 1.000, false alarms 0.009 -> 0.009; never tuned on.
- redflags_blind48.yaml and conversations_blind42.yaml: written the same way at the start
  of that round (signs that are not there, weakening legs, training sets 123-125), scored
  once before it (0ee7689) and once after it (f4fcdb4): blind48 acute 1.000 -> 1.000,
  prompt 0.972 -> 0.972, false alarms 0.020 -> 0.020, in-scope 0.929 -> 0.929,
  out-of-scope 1.000 -> 1.000; conversations42 in-scope 0.911 -> 0.911 (stories 0.865,
  follow-ups 0.943), out-of-scope 0.758 -> 0.758 (stories 0.500), acute 1.000, prompt
  1.000, false alarms 0.018 -> 0.018; never tuned on.
- redflags_blind49.yaml and conversations_blind43.yaml: written the same way at the end
  of that round, scored once before the next (f4fcdb4) and once after it (a75a33c):
  blind49 acute 0.972 -> 0.972, prompt 0.944 -> 0.944, false alarms 0.000 -> 0.000,
  in-scope 0.903 -> 0.897, out-of-scope 0.933 -> 0.933; conversations43 in-scope 0.914 ->
  0.914 (stories 0.919, follow-ups 0.909), out-of-scope 0.794 -> 0.794 (stories 0.625),
  acute 1.000, prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind50.yaml and conversations_blind44.yaml: written the same way at the start
  of that round (training sets 126-131, conditional follow-ups), scored once before it
  (ee03fa1) and once after it (a75a33c): blind50 acute 0.944 -> 0.944, prompt 1.000 ->
  1.000, false alarms 0.000 -> 0.000, in-scope 0.942 -> 0.942, out-of-scope 0.933 ->
  0.933; conversations44 in-scope 0.892 -> 0.892 (stories 1.000, follow-ups 0.804),
  out-of-scope 0.758 -> 0.758 (stories 0.750), acute 1.000, prompt 1.000, false alarms
  0.000 -> 0.000; never tuned on.
- redflags_blind51.yaml and conversations_blind45.yaml: written the same way at the end
  of that round, scored once before the next (a75a33c) and once after it (c9628e1):
  blind51 acute 0.972 -> 0.972, prompt 0.972 -> 0.972, false alarms 0.010 -> 0.010,
  in-scope 0.826 -> 0.826, out-of-scope 1.000 -> 1.000; conversations45 in-scope 0.884 ->
  0.884 (stories 0.923, follow-ups 0.857), out-of-scope 0.879 -> 0.879 (stories 0.750),
  acute 1.000, prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind52.yaml and conversations_blind46.yaml: written the same way at the start
  of that round (the thing a question asks about; training sets 132-137), scored once
  before it (f3a23d3) and once after it (c9628e1): blind52 acute 1.000 -> 1.000, prompt
  1.000 -> 1.000, false alarms 0.000 -> 0.000, in-scope 0.865 -> 0.865, out-of-scope 0.933
  -> 0.933; conversations46 in-scope 0.837 -> 0.837 (stories 0.784, follow-ups 0.878),
  out-of-scope 0.794 -> 0.824 (stories 0.375 -> 0.500), acute 1.000, prompt 1.000, false
  alarms 0.000 -> 0.000; never tuned on.
- redflags_blind53.yaml and conversations_blind47.yaml: written the same way at the end
  of that round, scored once before the next (49e4302) and once after it (f0dad4e):
  blind53 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.010 -> 0.010,
  in-scope 0.929 -> 0.929, out-of-scope 1.000 -> 1.000; conversations47 in-scope 0.961 ->
  0.961 (stories 0.974, follow-ups 0.947), out-of-scope 0.788 -> 0.788 (stories 0.500),
  acute 1.000, prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind54.yaml and conversations_blind48.yaml: written the same way at the start
  of the next round (training sets 138-139, conversations 75; follow-ups after a warning),
  scored once before it (6507bc9) and once after it (f0dad4e): blind54 acute 1.000 ->
  1.000, prompt 0.944 -> 0.944, false alarms 0.000 -> 0.000, in-scope 0.942 -> 0.942,
  out-of-scope 0.867 -> 0.867; conversations48 in-scope 0.845 -> 0.845 (stories 0.892,
  follow-ups 0.809), out-of-scope 0.788 -> 0.788 (stories 1.000), acute 1.000, prompt
  1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind55.yaml and conversations_blind49.yaml: written the same way at the end
  of session 23, scored once before the next round (ff46f58) and once after it (d8e71d3):
  blind55 acute 0.972 -> 0.972, prompt 1.000 -> 1.000, false alarms 0.020 -> 0.020,
  in-scope 0.910 -> 0.910, out-of-scope 0.933 -> 0.933; conversations49 in-scope 0.933 ->
  0.933 (stories 0.923, follow-ups 0.941), out-of-scope 0.848 -> 0.848, acute 1.000,
  prompt 1.000, false alarms 0.009 -> 0.009; never tuned on.
- redflags_blind56.yaml and conversations_blind50.yaml: written the same way during
  session 24 (after its first three changes, which a review then dropped), scored once
  before the rest of it (5100bc6, d570bf7) and once after it (d8e71d3): blind56 acute
  1.000 -> 1.000, prompt 0.972 -> 0.972, false alarms 0.000 -> 0.000, in-scope 0.897 ->
  0.897, out-of-scope 1.000 -> 1.000; conversations50 in-scope 0.956 -> 0.956 (stories
  1.000, follow-ups 0.923), out-of-scope 0.719 -> 0.719 (stories 0.500), acute 1.000,
  prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind57.yaml and conversations_blind51.yaml: written the same way at the end
  of session 24, scored once before the next round (d8e71d3) and once after it (95d18d2):
  blind57 acute 0.972 -> 0.972, prompt 0.972 -> 0.972, false alarms 0.000 -> 0.000,
  in-scope 0.897 -> 0.897, out-of-scope 1.000 -> 1.000; conversations51 in-scope 0.930 ->
  0.930 (stories 0.947, follow-ups 0.909), out-of-scope 0.848 -> 0.848, acute 1.000,
  prompt 0.875 -> 0.875, false alarms 0.011 -> 0.011; never tuned on.
- redflags_blind58.yaml and conversations_blind52.yaml: written the same way at the end
  of session 25, scored once before the next round (95d18d2) and once after it (568d492):
  blind58 acute 0.972 -> 0.972, prompt 0.972 -> 0.972, false alarms 0.020 -> 0.020,
  in-scope 0.903 -> 0.903, out-of-scope 1.000 -> 1.000; conversations52 in-scope 0.918 ->
  0.918 (stories 0.946, follow-ups 0.896), out-of-scope 0.879 -> 0.879, acute 1.000,
  prompt 1.000, false alarms 0.029 -> 0.029; never tuned on.
- redflags_blind59.yaml and conversations_blind53.yaml: written the same way at the start
  of session 26, before its changes, scored once before them (c604f39) and once after them
  (568d492): blind59 acute 1.000 -> 1.000, prompt 0.972 -> 0.972, false alarms 0.010 ->
  0.010, in-scope 0.884 -> 0.884, out-of-scope 1.000 -> 1.000; conversations53 in-scope
  0.841 -> 0.841 (stories 0.816, follow-ups 0.860), out-of-scope 0.714 -> 0.714, acute
  1.000, prompt 0.875 -> 0.875, false alarms 0.009 -> 0.009; never tuned on.
- redflags_blind60.yaml and conversations_blind54.yaml: written the same way at the end
  of session 26, scored once before the next round (568d492) and once after it (3ff157a):
  blind60 acute 0.972 -> 0.972, prompt 0.972 -> 0.972, false alarms 0.010 -> 0.010,
  in-scope 0.877 -> 0.877, out-of-scope 0.933 -> 0.933; conversations54 in-scope 0.912 ->
  0.912 (stories 0.895, follow-ups 0.925), out-of-scope 0.824 -> 0.824, acute 1.000,
  prompt 0.857 -> 0.857, false alarms 0.009 -> 0.009; never tuned on.
- redflags_blind61.yaml and conversations_blind55.yaml: written the same way at the start
  of session 27, before its changes, scored once before them (2aa8c5f) and once after them
  (3ff157a): blind61 acute 1.000 -> 1.000, prompt 0.972 -> 0.972, false alarms 0.010 ->
  0.010, in-scope 0.935 -> 0.935, out-of-scope 0.933 -> 0.933; conversations55 in-scope
  0.893 -> 0.893 (stories 0.946, follow-ups 0.842), out-of-scope 0.824 -> 0.824, acute
  1.000, prompt 1.000, false alarms 0.021 -> 0.021; never tuned on.
- redflags_blind62.yaml and conversations_blind56.yaml: written the same way at the end
  of session 27, scored once before the next round (3ff157a) and once after it (session
  28's changes): blind62 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.000
  -> 0.000, in-scope 0.897 -> 0.897, out-of-scope 1.000 -> 1.000; conversations56 in-scope
  0.825 -> 0.825 (stories 0.895, follow-ups 0.762), out-of-scope 0.824 -> 0.824, acute
  1.000, prompt 1.000, false alarms 0.010 -> 0.010; never tuned on.
- redflags_blind63.yaml and conversations_blind57.yaml: written the same way at the start
  of session 28, before its changes, scored once before them (323fd75) and once after
  them: blind63 acute 0.972 -> 0.972, prompt 1.000 -> 1.000, false alarms 0.010 -> 0.010,
  in-scope 0.916 -> 0.916, out-of-scope 1.000 -> 1.000; conversations57 in-scope 0.850 ->
  0.850 (stories 0.842, follow-ups 0.857), out-of-scope 0.839 -> 0.839, acute 1.000,
  prompt 1.000, false alarms 0.021 -> 0.021; never tuned on.
- redflags_blind64.yaml and conversations_blind58.yaml: written the same way in the middle
  of session 28, scored once before the rest of it (4ca4b69) and once after it (4fcda3d):
  blind64 acute 0.972 -> 0.972, prompt 1.000 -> 1.000, false alarms 0.031 -> 0.031,
  in-scope 0.871 -> 0.871, out-of-scope 0.867 -> 0.867; conversations58 in-scope 0.912 ->
  0.923 (stories 0.919 -> 0.919, follow-ups 0.907 -> 0.926), out-of-scope 0.706 -> 0.706,
  acute 1.000, prompt 1.000, false alarms 0.009 -> 0.009; never tuned on.
- redflags_blind65.yaml and conversations_blind59.yaml: written the same way at the end
  of session 28, scored once before the next round (b11f30e) and once after it (74e6c15,
  session 29): blind65 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.010 ->
  0.010, in-scope 0.910 -> 0.910, out-of-scope 0.933 -> 0.933; conversations59 in-scope
  0.907 -> 0.907 (stories 1.000, follow-ups 0.833), out-of-scope 0.818 -> 0.879, acute
  1.000, prompt 0.857 -> 0.857, false alarms 0.029 -> 0.029; never tuned on before that.
  Once a floor, its missed prompt sign (steroids "for min KOL i næsten to år", then new
  back pain) was read and fixed in general (steroid-længe), so its prompt floor is 1.00.
- redflags_blind66.yaml and conversations_blind60.yaml: written the same way at the start
  of session 29, scored once before its changes (5e173fe) and once after them (74e6c15):
  blind66 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.000 -> 0.000,
  in-scope 0.903 -> 0.903, out-of-scope 0.933 -> 1.000; conversations60 in-scope 0.878 ->
  0.878 (stories 0.800, follow-ups 0.940), out-of-scope 0.848 -> 0.879, acute 1.000,
  prompt 0.857 -> 0.857, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind67.yaml and conversations_blind61.yaml: written the same way at the end
  of session 29, scored once before the next round (e7a3637) and once after it (f5dc37c,
  session 30; the same at bac6603): blind67 acute 0.972 -> 0.972, prompt 0.944 -> 0.944,
  false alarms 0.010 -> 0.010, in-scope 0.929 -> 0.929, out-of-scope 1.000 -> 1.000;
  conversations61 in-scope 0.899 -> 0.899 (stories 0.946, follow-ups 0.857), out-of-scope
  0.824 -> 0.824, acute 1.000, prompt 1.000, false alarms 0.010 -> 0.010; never tuned on.
- redflags_blind68.yaml and conversations_blind62.yaml: written the same way at the start
  of session 30, scored once before its changes (8fd44db) and once after them (f5dc37c;
  the same at bac6603):
  blind68 acute 0.944 -> 0.944, prompt 1.000 -> 1.000, false alarms 0.010 -> 0.010,
  in-scope 0.884 -> 0.884, out-of-scope 1.000 -> 1.000; conversations62 in-scope 0.857 ->
  0.857 (stories 0.865, follow-ups 0.851), out-of-scope 0.906 -> 0.906, acute 1.000,
  prompt 1.000, false alarms 0.010 -> 0.010; never tuned on.
- redflags_blind69.yaml and conversations_blind63.yaml: written the same way at the end
  of session 30, scored once before the next round (bac6603) and once after it (2badb1d,
  session 31): blind69 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.000 ->
  0.000, in-scope 0.877 -> 0.877, out-of-scope 1.000 -> 1.000; conversations63 in-scope
  0.894 -> 0.894 (stories 0.846, follow-ups 0.935), out-of-scope 0.848 -> 0.848, acute
  0.857 -> 0.857, prompt 1.000, false alarms 0.010 -> 0.010; never tuned on.
- redflags_blind70.yaml and conversations_blind64.yaml: written the same way at the start
  of session 31, scored once before its changes (86291a2) and once after them (2badb1d):
  blind70 acute 1.000 -> 1.000, prompt 0.972 -> 0.972, false alarms 0.031 -> 0.031,
  in-scope 0.914 -> 0.914, out-of-scope 0.889 -> 0.889; conversations64 in-scope 0.896 ->
  0.896 (stories 0.894, follow-ups 0.898), out-of-scope 0.958 -> 0.958, acute 1.000,
  prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind71.yaml and conversations_blind65.yaml: written the same way at the end
  of session 31, scored once before the next round (936fb06) and once after it (53043b6,
  session 32): blind71 acute 0.972 -> 0.972, prompt 1.000 -> 1.000, false alarms 0.010 ->
  0.010, in-scope 0.916 -> 0.916, out-of-scope 0.933 -> 0.933; conversations65 in-scope
  0.983 -> 0.983 (stories 0.979, follow-ups 0.985), out-of-scope 0.880 -> 0.880, acute
  1.000, prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind72.yaml and conversations_blind66.yaml: written the same way at the start
  of session 32, scored once before its changes (0fc89ac) and once after them (53043b6):
  blind72 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.020 -> 0.020,
  in-scope 0.954 -> 0.954, out-of-scope 0.882 -> 0.882; conversations66 in-scope 0.916 ->
  0.925 (stories 0.894 -> 0.894, follow-ups 0.933 -> 0.950), out-of-scope 0.923 -> 0.923,
  acute 1.000, prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind73.yaml and conversations_blind67.yaml: written the same way at the end
  of session 32, scored once before the next round (7d10b41, the same at 69ffcd1) and
  once after it (5e294b0, session 33): blind73 acute 1.000 -> 1.000, prompt 0.944 ->
  0.944, false alarms 0.020 -> 0.020, in-scope 0.897 -> 0.897, out-of-scope 0.867 ->
  0.867; conversations67 in-scope 0.921 -> 0.921 (stories 0.896, follow-ups 0.939),
  out-of-scope 0.958 -> 0.958, acute 1.000, prompt 1.000, false alarms 0.016 -> 0.016;
  never tuned on.
- redflags_blind74.yaml and conversations_blind68.yaml: written the same way at the start
  of session 33, scored once before its changes (4250321) and once after them (5e294b0):
  blind74 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.000 -> 0.000,
  in-scope 0.941 -> 0.941, out-of-scope 0.941 -> 0.941; conversations68 in-scope 0.935 ->
  0.935 (stories 0.915, follow-ups 0.950), out-of-scope 0.875 -> 0.875, acute 1.000,
  prompt 1.000, false alarms 0.008 -> 0.008; never tuned on.
- redflags_blind75.yaml and conversations_blind69.yaml: written the same way at the end
  of session 33, scored once before the next round (bccd202, the same at 6efab6c) and
  once after it (5b65445, session 34): blind75 acute 0.972 -> 0.972, prompt 1.000 ->
  1.000, false alarms 0.010 -> 0.010, in-scope 0.902 -> 0.902, out-of-scope 0.941 ->
  0.941; conversations69 in-scope 0.905 -> 0.905 (stories 0.936, follow-ups 0.884),
  out-of-scope 0.923 -> 0.923, acute 1.000, prompt 1.000, false alarms 0.000 -> 0.000;
  never tuned on.
- redflags_blind76.yaml and conversations_blind70.yaml: written the same way at the start
  of session 34, scored once before its changes (8d24517) and once after them (5b65445):
  blind76 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.020 -> 0.020,
  in-scope 0.942 -> 0.942, out-of-scope 1.000 -> 1.000; conversations70 in-scope 0.897 ->
  0.897 (stories 0.857, follow-ups 0.920), out-of-scope 0.885 -> 0.885, acute 1.000,
  prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind77.yaml and conversations_blind71.yaml: written the same way at the start
  of session 35, scored once before its changes (2e1bc21) and once after them (fae0de9):
  blind77 acute 0.974 -> 0.974, prompt 0.921 -> 0.921, false alarms 0.026 -> 0.026,
  in-scope 0.881 -> 0.881, out-of-scope 0.938 -> 0.938; conversations71 in-scope 0.916 ->
  0.916 (stories 0.875, follow-ups 0.957), out-of-scope 1.000 -> 1.000, acute 1.000,
  prompt 1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind78.yaml and conversations_blind72.yaml: written the same way at the end
  of session 35, scored once before the changes of sessions 36 and 37 (a0fcecc) and once
  after them (c0b0a9c): blind78 acute 1.000 -> 1.000, prompt 0.947 -> 0.974, false alarms
  0.009 -> 0.009, in-scope 0.849 -> 0.849, out-of-scope 1.000 -> 1.000; conversations72
  in-scope 0.933 -> 0.933, out-of-scope 0.857 -> 0.857, acute 1.000, prompt 1.000, false
  alarms 0.000 -> 0.000; never tuned on.
- conversations_blind73.yaml: written the same way during session 39, scored once before
  the session's changes (55edd50) and once after them (d40717b): in-scope 0.963 -> 0.963
  (stories 0.960, follow-ups 0.966), out-of-scope 0.800 -> 0.900, acute 1.000, prompt
  1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind79.yaml: written the same way during session 39 (60 messages, 36 with
  signs), scored once before the session's changes (55edd50) and once after them
  (10a17da): acute 1.000 -> 1.000, prompt 0.944 -> 0.944 (one of 18 missed), false alarms
  0.042 -> 0.042 (one of 24), in-scope 0.950 -> 0.950; never tuned on.
- redflags_blind80.yaml: written the same way during session 39 by another helper (60
  messages, 36 with signs; other people, no æøå, English), scored once before the
  session's changes (55edd50) and once after them (f016cc2): acute 0.944 -> 0.944 (one of
  18 missed), prompt 0.889 -> 0.889 (two of 18 missed), false alarms 0.000 -> 0.000,
  in-scope 0.900 -> 0.900 (0.833 of its calm messages); never tuned on. Its floors are
  what it measured: the misses are left for a round that can measure a fix on a fresh set.
  Session 40 looked at the older floors' misses by family (trauma, failing legs, bladder,
  saddle, prompt vocabulary); blind80 then measured acute 1.000 (in-scope 0.917 as the
  scorer counts, 0.833 of its calm messages), and its acute floor rose to that.
- redflags_blind81.yaml: written the same way at the end of session 39 (60 messages, 36
  with signs), scored once before session 40's changes (a378d4b) and once after them
  (08f9d39): acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.000 -> 0.000,
  in-scope 1.000 -> 1.000; never tuned on.
- redflags_blind82.yaml and redflags_blind83.yaml: written the same way at the start of
  session 40 by two helpers (60 messages each, 36 with signs; blind83 stresses other
  people, no æøå, typos and English), scored once before the session's changes (a378d4b)
  and once after them (08f9d39): blind82 acute 1.000 -> 1.000, prompt 1.000 -> 1.000,
  false alarms 0.042 -> 0.042, in-scope 0.950 -> 0.950 (0.875 of its calm messages, the
  floor here); blind83 acute 1.000 -> 1.000,
  prompt 1.000 -> 1.000, false alarms 0.125 -> 0.125 (3 of 24: above the 0.05 target, not
  looked at before the second score), in-scope 0.950 -> 0.950 (0.875 of its calm
  messages); never tuned on. The
  session's false-alarm fixes (57 fewer on the older files) came from families seen in
  older floors and moved neither set. Once floors, their false alarms were looked at by
  family (reading, asking for a friend, "nobody", the possessive after the noun): blind82
  false alarms 0.042 -> 0.000, blind83 0.125 -> 0.083, and their ceilings follow; they
  are seen sets now, no longer blind.
- conversations_blind74.yaml: written the same way at the start of session 40 (25
  stories, 20 conversations, 10 out of scope; 78 scored turns), scored once before the
  session's changes (a378d4b) and once after them (08f9d39): in-scope 0.930 -> 0.930
  (stories 0.920, follow-ups 0.938), out-of-scope 0.900 -> 0.900, acute 1.000, prompt
  1.000, false alarms 0.000 -> 0.000; never tuned on.
- redflags_blind84.yaml and conversations_blind75.yaml: written the same way at the end of
  session 40 by two helpers (60 messages, 36 with signs, stressing near misses; 25
  stories, 20 conversations, 10 out of scope, 78 scored turns), scored once before session
  41's changes (67999cd) and once after them (727cccc): blind84 acute 1.000 -> 1.000,
  prompt 0.889 -> 0.889 (2 of 18 missed), false alarms 0.000 -> 0.000, in-scope 0.883 ->
  0.883 as the scorer counts it (0.792 of its calm messages); blind75 in-scope 0.917 ->
  0.917, out-of-scope 0.900 -> 0.900, acute and prompt 1.000, false alarms 0.000 -> 0.000;
  never tuned on. The session's fixes, from training sets 151-159 and conversations
  84-86, moved neither. Once floors, blind84's two prompt misses were looked at (new back
  pain after "aldrig haft ondt i ryggen", trousers sitting loose): prompt 0.889 -> 1.000,
  and its floor follows; it is a seen set now.
- redflags_blind85.yaml and conversations_blind76.yaml: written the same way at the end of
  session 41 by two helpers (60 messages, 36 with signs; 25 stories, 20 conversations, 10
  out of scope, 80 scored turns), scored once before session 42's changes (0bfd693) and
  once after them (e688fae): blind85 acute 1.000 -> 1.000, prompt 0.889 -> 0.889 (2 of 18
  missed), false alarms 0.000 -> 0.000, in-scope 0.967 -> 0.967 as the scorer counts it;
  blind76 in-scope 0.943 -> 0.943, out-of-scope 1.000 -> 1.000, acute and prompt 1.000,
  false alarms 0.000 -> 0.000; never tuned on. The session's fixes, from training sets
  160-163 and conversations 87-88, moved neither.
- redflags_blind86.yaml and conversations_blind77.yaml (written at the end of session 42,
  60 messages with 36 signs; 25 stories, 20 conversations, 10 out of scope), and
  redflags_blind87.yaml and conversations_blind78.yaml (written at the start of session 43
  the same way by two more helpers), scored once before session 43's changes (1483c8a)
  and once after them (2f85c52): blind86 acute 1.000 -> 1.000, prompt 1.000 -> 1.000,
  false alarms 0.000 -> 0.000, in-scope 0.983 -> 0.983 as the scorer counts it; blind77
  in-scope 0.927 -> 0.927, out-of-scope 0.900 -> 0.900, acute and prompt 1.000, false
  alarms 0.020 -> 0.020; blind87 as blind86; blind78 in-scope 0.897 -> 0.897,
  out-of-scope 1.000 -> 1.000, acute and prompt 1.000, false alarms 0.000 -> 0.000; never
  tuned on. The session's fixes, from training sets 164-167, moved none of them.
- redflags_blind88.yaml and conversations_blind79.yaml (written at the end of session 43 by
  two helpers: 60 messages with 36 signs, leaning on what a doctor, a leaflet or the
  internet said; 25 stories, 25 conversations, 10 out of scope), scored once before
  session 44's changes (491055f) and once after them (6848634), never read or tuned on:
  blind88 acute 1.000 -> 1.000, prompt 1.000 -> 1.000, false alarms 0.042 -> 0.042 (1 of
  24), in-scope 0.917 -> 0.917 as the scorer counts it; blind79 in-scope 0.900 -> 0.900,
  out-of-scope 0.800 -> 0.800, acute and prompt 1.000, false alarms 0.000 -> 0.000. The
  session's fixes, from training sets 168-171 and conversations 91-94, moved neither.
- redflags_blind89.yaml and conversations_blind80.yaml (written during session 44 by two
  helpers: 60 messages with 36 signs from tired people writing fast at night; 25 stories,
  25 conversations, 10 out of scope), scored once before session 45's changes (33c29de)
  and once after them (19875ce), never read or tuned on: blind89 acute 0.944 -> 0.944 (1
  of 18 missed, unread), prompt 1.000 -> 1.000, false alarms 0.042 -> 0.042 (1 of 24),
  in-scope 0.967 -> 0.967 as the scorer counts it; blind80 in-scope 0.872 -> 0.872,
  out-of-scope 0.933 -> 0.933, acute and prompt 1.000, false alarms 0.020 -> 0.020. The
  session's fixes, from training set 174, conversations 96-97 and older training misses
  read as classes, moved neither.
- redflags_blind90.yaml and conversations_blind81.yaml (written during session 45 by two
  helpers: 60 messages with 36 signs from people writing in a hurry; 25 stories, 25
  conversations, 10 out of scope from parents of small children, shift workers and people
  over 65), scored once before session 46's changes (ef4fb0b) and once after them
  (3604c4e), never read or tuned on: blind90 acute 1.000 -> 1.000, prompt 1.000 -> 1.000,
  false alarms 0.125 -> 0.125 (3 of 24, unread), in-scope 0.950 -> 0.950 as the scorer
  counts it; blind81 in-scope 0.868 -> 0.868, out-of-scope 0.889 -> 0.889, acute and
  prompt 1.000, false alarms 0.000 -> 0.000. The session's fixes, from training sets
  175-177, conversations 98-99 and a helper's review, moved neither.
- redflags_blind91.yaml and conversations_blind82.yaml (written during session 46 by two
  helpers: 60 messages with 36 signs from scared people writing at night and from older
  people or their grown children; 25 stories, 25 conversations, 10 out of scope from people
  with physical jobs, athletes and students), scored once before session 47's changes
  (d9b4166) and once after them, never read or tuned on: blind91 acute 1.000 -> 1.000,
  prompt 1.000 -> 1.000, false alarms 0.000 -> 0.000, in-scope 0.966 -> 0.966 as the
  scorer counts it; blind82 in-scope 0.886 -> 0.886, out-of-scope 0.900 -> 0.900, acute
  and prompt 1.000, false alarms 0.000 -> 0.000. The session's fixes, from a helper's
  review of the `unless` reasons and conversations 100, moved neither.
- redflags_blind92.yaml and conversations_blind83.yaml (written during session 47 by two
  helpers: 60 messages with 36 signs from hurried one-thumb writers, signs buried in long
  stories and simple Danish mixed with English; 25 stories, 25 conversations, 10 out of
  scope), scored once before session 48's changes (0195908) and once after them (ef043f7),
  never read or tuned on: blind92 acute 1.000 -> 1.000, prompt 0.889 -> 0.889, false
  alarms 0.000 -> 0.000, in-scope 0.966 -> 0.966 as the scorer counts it; conversations_blind83
  in-scope 0.920 -> 0.920, out-of-scope 1.000 -> 1.000, acute and prompt 1.000, false
  alarms 0.000 -> 0.000. The session's fixes (a reason read for its person and its part
  of the body) moved neither.
- redflags_blind93.yaml, conversations_blind84.yaml and conversations_blind85.yaml
  (written by helpers: blind93 and blind84 during session 49, 60 messages with 36 signs
  from people who give reasons, night and manual workers and grandparents, and 25 stories,
  25 conversations and 10 out of scope from students, craftsmen and runners; blind85 at
  the start of session 50, from pregnant women, new parents, office workers back from
  holiday and gardeners of 65-85), never read or tuned on. blind93 and blind84 were scored
  at 622c744 (before session 50's changes) and after them: blind93 acute 1.000 -> 1.000,
  prompt 1.000 -> 1.000, false alarms 0.000 -> 0.000, in-scope 1.000 -> 1.000;
  conversations_blind84 in-scope 0.986 -> 0.986, out-of-scope 0.905 -> 0.905, acute and
  prompt 1.000. conversations_blind85, written after that commit, was scored at 622c744
  from a worktree and after the changes: in-scope 0.853 -> 0.853, out-of-scope 0.947 ->
  0.947, acute and prompt 1.000, false alarms 0.000.
- redflags_blind94.yaml and conversations_blind86.yaml (written by helpers at the start of
  session 51 from the article and the brief only, 40 cases each: 12 acute and 12 prompt
  signs from farmers and fishermen, grandchildren, athletes and people back from hospital;
  16 stories, 16 conversations and 8 out of scope from office workers, gardeners, pregnant
  women and retirees), never read or tuned on. Both were scored at 6f35bbe (before session
  51's changes) from a worktree and after them: blind94 acute 1.000 -> 1.000, prompt 1.000
  -> 1.000, false alarms 0.000 -> 0.000, in-scope 0.975 -> 0.975; conversations_blind86
  in-scope 0.952 -> 0.952, out-of-scope 1.000 -> 1.000, acute and prompt 1.000, false
  alarms 0.000.
- redflags_blind95.yaml and conversations_blind87.yaml (written by helpers in session 51
  from the article and the brief only, 40 cases each: signs from nurses, teachers, people
  abroad, the very old and people with other illnesses; stories, conversations and out of
  scope from drivers, warehouse and construction workers, teenagers and people who just
  moved), never read or tuned on. Both were scored at 7fb0852 (before session 52's changes)
  and after them: blind95 acute, prompt and in-scope 1.000 -> 1.000, false alarms 0.000 ->
  0.000; conversations_blind87 in-scope 0.886 -> 0.886, out-of-scope 1.000 -> 1.000, acute
  and prompt 1.000, false alarms 0.019 -> 0.019 (one calm turn of 53).
- redflags_blind96.yaml and conversations_blind88.yaml (written by helpers at the start of
  session 52 the same way: signs from shift workers, cleaners, adult children of parents
  living alone, young people in slang and people sent home from the emergency room;
  conversations from nurses, musicians, travellers and grandparents, with one-word
  answers), never read or tuned on, scored at 7fb0852 from a worktree and after session
  52's changes: blind96 acute 1.000, prompt 1.000, false alarms 0.000, in-scope 0.950 all
  unchanged (0.875 of its 16 calm cases, what its floor counts); conversations_blind88
  in-scope 0.957 -> 0.957, out-of-scope 0.818 -> 0.818, acute and prompt 1.000, false
  alarms 0.000.
- redflags_blind97.yaml and conversations_blind89.yaml (written by helpers in session 52
  the same way: signs from parents of teenagers, people on sick leave, people with two or
  three complaints, pregnant women and people quoting the emergency line; conversations
  from farmers, gardeners, office workers, dog owners and people asking about exercises),
  never read or tuned on, scored at 5edf57f (after the session's first two changes) and at
  its end: blind97 acute 1.000, prompt 1.000, false alarms 0.000, in-scope 0.923 (0.800 of
  its 15 calm cases) unchanged; conversations_blind89 in-scope 0.957, out-of-scope 0.923,
  acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind98.yaml and conversations_blind90.yaml (written by helpers in session 52:
  signs from people writing late at night, retired craftsmen, people who downplay, with
  typos and split words, immigrants and day-by-day accounts; conversations from students,
  people who sit all day, new runners, people worried about scans, the elderly and
  follow-ups on a word of the last answer), never read or tuned on, scored at b99df6c and
  after the session's last change (b78e855): blind98 acute 1.000, prompt 1.000, false
  alarms 0.062 (1 of 16 calm), in-scope 0.949 (0.867 of its 15 calm cases), its one
  out-of-scope case wrong, all unchanged; conversations_blind90 in-scope 0.933,
  out-of-scope 1.000, acute and prompt 1.000, false alarms 0.000, unchanged.
- redflags_blind99.yaml and conversations_blind91.yaml (written by helpers at the end of
  session 52 the same way, committed unread), never tuned on, scored at 6f009f2 (session
  53's start) and at its end: blind99 acute 1.000, prompt 1.000, false alarms 0.000,
  in-scope 1.000 (16 of its 16 calm cases) unchanged; conversations_blind91 in-scope
  0.938, out-of-scope 0.941, acute and prompt 1.000, false alarms 0.032 unchanged. (Ten
  of blind99's cases were seen once at session 53's start, before scoring; none was tuned
  on.)
- redflags_blind100.yaml and conversations_blind92.yaml (written by helpers at session
  53's start: signs dictated by voice and told by relatives and colleagues; conversations
  from busy parents, shift workers and pensioners who drift to other body parts and
  everyday topics), never read or tuned on, scored at 6f009f2 and at the session's end:
  blind100 acute 1.000, prompt 0.917, false alarms 0.062 (1 of 16 calm), in-scope 0.897
  (0.800 of its 15 calm cases) unchanged; conversations_blind92 in-scope 0.906,
  out-of-scope 0.778, acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind101.yaml and conversations_blind93.yaml (written by helpers in session 53
  after its first changes: signs from older adults, carers and home-care staff, some in
  Norwegian or Swedish words, and gym-goers in English slang; conversations of people who
  correct themselves, ask two things at once, answer "ja"/"mere", and long working-life
  stories), never read or tuned on, scored at 2d385cf and at the session's end: blind101
  acute 1.000, prompt 1.000, false alarms 0.125 (2 of 16 calm), in-scope 0.947 (0.857 of
  its 14 calm cases) unchanged; conversations_blind93 in-scope 0.848, out-of-scope 0.750,
  acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind102.yaml and conversations_blind94.yaml (written by helpers at the end of
  session 53: signs from people writing in a hurry from work, partners texting for
  someone in pain, people with several medicines and past illnesses; conversations of
  first-time sufferers with basic follow-ups, next exercises and questions no back-pain
  article covers), committed unread, never tuned on, scored at ebb5803 (session 54's
  start) and at its end: blind102 acute 1.000, prompt 1.000, false alarms 0.000, in-scope
  0.974 (0.933 of its 15 calm cases) unchanged; conversations_blind94 in-scope 0.925,
  out-of-scope 0.778, acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind103.yaml and conversations_blind95.yaml (written by helpers at session
  54's start: pensioners and their grown children, voice-to-text, Jutlandic and Funen
  dialect and slang; conversations of runners, cyclists, gym-goers and shoppers for
  pillows, mattresses, chairs, belts and creams, drifting to knees, weather and prices),
  never read or tuned on, scored at ebb5803 and at the session's end: blind103 acute
  1.000, prompt 1.000, false alarms 0.062 (1 of 16 calm), in-scope 0.947 (0.857 of its
  14 calm cases) unchanged; conversations_blind95 in-scope 0.672 before, 0.655 after (one
  answer lost), out-of-scope 0.875, acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind104.yaml and conversations_blind96.yaml (written by helpers in session 54
  after its first changes: new parents, pregnant women, chronic illness, Danish as a
  second language; conversations of manual workers worried about sick leave, long chains
  of follow-ups, small talk and goodbyes), never read or tuned on, scored at 0ab1137 and
  at the session's end: blind104 acute 1.000, prompt 1.000, false alarms 0.062 (1 of 16
  calm), in-scope 0.921 (0.786 of its 14 calm cases) unchanged; conversations_blind96
  in-scope 0.890 before, 0.904 after (one answer more), out-of-scope 0.875, acute and
  prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind105.yaml and conversations_blind97.yaml (written by helpers at the end of
  session 54: teenagers, students, athletes after injuries and worried relatives at
  night; conversations of older adults and their relatives, exercises step by step, and
  questions drifting to hips, knees, sleep and medicine), committed unread, never read or
  tuned on, scored at 276cbb5 (session 55's start) and at its end (b0998ab): blind105
  acute 1.000, prompt 1.000, false alarms 0.000, in-scope 0.897 (0.733 of its 15 calm
  cases) unchanged; conversations_blind97 in-scope 0.778, out-of-scope 0.875, acute and
  prompt 1.000, false alarms 0.013 unchanged.
- redflags_blind106.yaml and conversations_blind98.yaml (written by helpers at the start
  of session 55: shift workers, farmers, craftsmen, new parents and people writing in a
  hurry; conversations of office workers with small children going from a worry to
  practical questions, and thanks followed by something unrelated), never read or tuned
  on, scored at 276cbb5 and at b0998ab: blind106 acute 1.000, prompt 1.000, false alarms
  0.000, in-scope 0.974 (0.933 of its 15 calm cases) unchanged; conversations_blind98
  in-scope 0.881, out-of-scope 0.625, acute and prompt 1.000, false alarms 0.000
  unchanged.
- redflags_blind107.yaml and conversations_blind99.yaml (written by helpers at the end of
  session 55: people over 60, carers and home-care staff, Danish mixed with English or
  Swedish and Norwegian, two people of whom one has the sign; conversations of students,
  young parents and gym-goers going from one exercise to the next, correcting themselves
  and drifting to food, pillows and other body parts), committed unread, never read or
  tuned on, scored at a9503df (session 56's start) and at its end (3f1d388): blind107
  acute 1.000, prompt 1.000, false alarms 0.125 (2 of 16), in-scope 0.949 (0.867 of its
  15 calm cases) unchanged; conversations_blind99 in-scope 0.882, out-of-scope 0.889,
  acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind108.yaml and conversations_blind100.yaml (written by helpers at the start
  of session 56: farmers, drivers, craftsmen and cleaners writing short blunt messages,
  and people with other chronic illnesses; conversations of people on sick leave or newly
  retired and their grown children, drifting to pills, pets, gardening and the bot
  itself), never read or tuned on, scored at a9503df and at 3f1d388: blind108 acute
  1.000, prompt 0.917, false alarms 0.062, in-scope 0.897 (0.800 of its 15 calm cases)
  unchanged; conversations_blind100 in-scope 0.826, out-of-scope 0.750, acute and prompt
  1.000, false alarms 0.000 unchanged.
- redflags_blind109.yaml and conversations_blind101.yaml (written by helpers in session
  56: parents of teenagers, sports coaches and PE teachers, and long worried messages that
  list several symptoms; conversations of shift workers, nurses, warehouse staff and
  parents of small children late at night, about the exercises, work, lifting and heat,
  drifting to coffee, mattresses, apps and the bot), committed unread, never read or
  tuned on, scored at ec3b208 (session 57's start) and at b7872fc (its last change to
  matching and red flags): blind109 acute 1.000, prompt 0.917, false alarms 0.062,
  in-scope 0.974 (1.000 of its 15 calm cases) unchanged; conversations_blind101 in-scope
  0.844 unchanged, out-of-scope 0.625 -> 0.750, acute and prompt 1.000, false alarms
  0.015 unchanged.
- redflags_blind110.yaml and conversations_blind102.yaml (written by helpers at the start
  of session 57: home-care workers and neighbours of old people living alone, farmers,
  fishermen and craftsmen who understate, pregnant and newly delivered women; students,
  gamers, home workers and gym-goers starting from a cause, drifting to alcohol, smoking,
  the weather, desks, pets, other body parts and the bot), never read or tuned on, scored
  at ec3b208 and at b7872fc: blind110 acute 1.000, prompt 0.917, false alarms 0.000,
  in-scope 0.921 (0.857 of its 14 calm cases) unchanged; conversations_blind102 in-scope
  0.855, out-of-scope 0.889, acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind111.yaml and conversations_blind103.yaml (written by helpers in session
  57: office workers, teachers and IT people, people writing for a partner or adult child,
  and people writing Danish as a second language; pensioners and their adult children,
  gardeners, cyclists, dancers and golfers, and people just diagnosed, drifting to
  supplements, shoes, travel, grandchildren, hips and knees and the bot), committed
  unread, never read or tuned on, scored at 52e3837 (session 58's start) and at 27e648b
  (its last change to matching and red flags): blind111 acute 1.000, prompt 1.000, false
  alarms 0.062, in-scope 0.923 (0.800 of its 15 calm cases) unchanged;
  conversations_blind103 in-scope 0.785, out-of-scope 1.000, acute and prompt 1.000,
  false alarms 0.014 unchanged.
- redflags_blind112.yaml and conversations_blind104.yaml (written by helpers at the start
  of session 58: farmers, fishermen, truck drivers and warehouse workers, nurses and care
  workers writing of a resident, young parents at night; students, gamers and home
  workers, new parents carrying small children, people moving house, and anxious people
  asking twice), never read or tuned on, scored at 52e3837 and at 27e648b: blind112 acute
  1.000, prompt 0.917, false alarms 0.000, in-scope 0.949 (0.933 of its 15 calm cases)
  unchanged; conversations_blind104 in-scope 0.768, out-of-scope 0.625, acute and prompt
  1.000, false alarms 0.000 unchanged.
- redflags_blind113.yaml and conversations_blind105.yaml (written by helpers at the end
  of session 58 from the article and the scorer's docstring alone), committed unread,
  never read or tuned on, scored at 1bac800 (session 59's start) and at 17a7883 (its last
  change to matching and red flags): blind113 acute 1.000, prompt 0.917, false alarms
  0.062, in-scope 0.923 (0.867 of its 15 calm cases) unchanged; conversations_blind105
  in-scope 0.841, out-of-scope 0.625, acute and prompt 1.000, false alarms 0.014
  unchanged.
- redflags_blind114.yaml and conversations_blind106.yaml (written by helpers at the end
  of session 59 from the article and the scorer's docstring alone), committed unread,
  never read or tuned on, scored at 45c72f5 (session 60's start) and at b17bd35 (its last
  change to matching and red flags): blind114 acute 1.000, prompt 0.917, false alarms
  0.000, in-scope 0.975 (1.000 of its 16 calm cases) unchanged; conversations_blind106
  in-scope 0.884, out-of-scope 1.000, acute and prompt 1.000, false alarms 0.000
  unchanged.
- redflags_blind115.yaml and conversations_blind107.yaml (written by helpers at the end
  of session 60 from the article and the scorer's docstring alone), committed unread,
  never read or tuned on, scored at 7eaec76 (session 61's start) and at 1183273 (its last
  change to matching and red flags): blind115 acute 1.000, prompt 1.000, false alarms
  0.000, in-scope 0.850 (0.625 of its 16 calm cases; its writer used the article's
  sections, never the causes-table rows the bot may answer with) unchanged;
  conversations_blind107 in-scope 0.875, out-of-scope 1.000, acute and prompt 1.000,
  false alarms 0.000 unchanged.
- redflags_blind116.yaml and conversations_blind108.yaml (written by helpers in session 61
  from the article and the scorer's docstring alone, told that the causes-table rows count
  as headings), committed unread, never read or tuned on, scored at 78f11d7 (session 62's
  start) and at 3ebac2a (its last change to matching and red flags): blind116 acute 1.000,
  prompt 1.000, false alarms 0.000, in-scope 1.000 (16 of its 16 calm cases) unchanged;
  conversations_blind108 in-scope 1.000, out-of-scope 0.875, acute and prompt 1.000, false
  alarms 0.000 unchanged. One prompt case of blind116 listed only "Hvornår skal jeg søge
  hjælp?" of the two danger-sign headings; the other was added, as every red-flag case
  accepts both (the file check), after both scores.
- redflags_blind117.yaml and conversations_blind109.yaml (written by helpers in session 62
  from the article and the scorer's docstring alone, told that the causes-table rows count
  as headings), committed unread, never read or tuned on, scored at 24dc20b (session 63's
  start) and at 742c8f0 and 489b811 (its last changes to matching and red flags): blind117
  acute 1.000, prompt 1.000, false alarms 0.000, in-scope 1.000 (16 of its 16 calm cases)
  unchanged; conversations_blind109 in-scope 0.865, out-of-scope 0.875, acute and prompt
  1.000, false alarms 0.049 unchanged.
- redflags_blind118.yaml and conversations_blind110.yaml (written by helpers in session 63
  from the article and the scorer's docstring alone), committed unread, never read or tuned
  on, scored at ba990e4 (session 64's start) and at 3752e43 (its last change to matching
  and red flags): blind118 acute 1.000, prompt 1.000, false alarms 0.000, in-scope 0.875
  (14 of its 16 calm cases) unchanged; conversations_blind110 in-scope 0.975, out-of-scope
  0.875, acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind119.yaml and conversations_blind111.yaml (written by helpers in session 64
  from the article and the scorer's docstring alone), committed unread, never read or tuned
  on, scored at 2132ec2 (session 65's start, before any change) and at 9f846de (its last
  change to matching and red flags): blind119 acute 0.917 (11 of 12), prompt 1.000, false
  alarms 0.000, in-scope 0.925 (13 of its 16 calm cases) unchanged; conversations_blind111
  in-scope 0.950 (33 of its 35 calm turns), out-of-scope 0.875, acute and prompt 1.000,
  false alarms 0.070 (3 of 43) unchanged. Their aggregate counts were seen once by mistake
  in session 64 (no text, no failure); the first line of one message was printed once in
  session 65 while reading another file's format. Nothing was tuned toward them.
- redflags_blind120.yaml and conversations_blind112.yaml (written by helpers in session 65
  from the article and the scorer's docstring alone), committed unread, never read or tuned
  on, scored at 4260594 (session 66's start, before any change) and at 75c1b2c (its last
  change to matching and red flags): blind120 acute 1.000, prompt 1.000, false alarms
  0.000, in-scope 0.975 (39 of 40; 15 of its 16 calm cases) unchanged; conversations_blind112
  in-scope 0.902, out-of-scope 1.000, acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind121.yaml and conversations_blind113.yaml (written by helpers in session 66
  from the article and the scorer's docstring alone), committed unread, never read or tuned
  on, scored at fcbc068 (session 67's start, before any change) and at b5f2ad8 (its last
  change to matching and red flags): blind121 acute 1.000, prompt 1.000, false alarms
  0.000, in-scope 0.950 (38 of 40; 14 of its 16 calm cases) unchanged; conversations_blind113
  in-scope 0.933, out-of-scope 1.000, acute and prompt 1.000, false alarms 0.000 unchanged.
  Their aggregate counts had been seen once in session 66 (no text, no failure).
- redflags_blind122.yaml and conversations_blind114.yaml (written by helpers at session
  67's start from the article and the scorer's docstring alone), committed unread, never
  tuned on, scored at fcbc068 before any change and at b5f2ad8: blind122 acute 1.000,
  prompt 0.917 (11 of 12), false alarms 0.000, in-scope 0.950 (14 of its 16 calm cases)
  unchanged; conversations_blind114 in-scope 0.982, out-of-scope 0.875, acute and prompt
  1.000, false alarms 0.000 unchanged. The first line of one blind122 message was printed
  once while renaming the file (its first line is a case, not a comment); nothing was
  tuned toward it.
- redflags_blind123.yaml and conversations_blind115.yaml (written by helpers at session
  67's end from the article and the scorer's docstring alone), committed unread, never
  tuned on, scored at 73d10fe before any change and at 65e229f after the last change:
  blind123 acute 1.000, prompt 1.000, false alarms 0.000, in-scope 1.000 (16 of its 16
  calm cases) unchanged; conversations_blind115 in-scope 0.855, out-of-scope 0.778, acute
  and prompt 1.000, false alarms 0.031 (2 of 64) unchanged.
- redflags_blind124.yaml and conversations_blind116.yaml (written by helpers at session
  68's start from the article and the scorer's docstring alone), committed unread, never
  tuned on, scored at 650356a before any change and at 7ff632c after the last change:
  blind124 acute 1.000, prompt 1.000, false alarms 0.000, in-scope 0.938 (15 of its 16
  calm cases) unchanged; conversations_blind116 in-scope 0.952, out-of-scope 0.889 (8 of
  9), acute and prompt 1.000, false alarms 0.000 unchanged.
- redflags_blind125.yaml and conversations_blind117.yaml (written by helpers at session
  69's end from the article and the scorer's docstring alone), committed unread, never
  tuned on, scored at d5ba935 before any change of session 70 and at aadb9dc after the
  last: blind125 acute 0.917 (11 of 12), prompt 1.000, false alarms 0.000, in-scope 1.000
  (13 of its 13 calm cases) unchanged; conversations_blind117 in-scope 0.902 (48 of its 54
  calm turns) and acute and prompt 1.000 unchanged, out-of-scope 1.000 -> 0.889 (8 of 9)
  and false alarms 0.032 -> 0.048 (3 of 63): worse after session 70's chat rules, which
  keep a warning on more follow-ups. The floors hold the figures after.
- questions_blind1.yaml: 150 single messages (70 questions, 45 stories, 15 short ones, 20
  out of scope, all calm), written at session 70's start by a helper who never saw
  knowledge/ nor any other set, to measure matching; never tuned on; scored at d5ba935 and
  at aadb9dc: in-scope 0.908 (118 of 130), out-of-scope 1.000, false alarms 0.000, unchanged
  (a trial of 720 more alternates written from the article was dropped on the other eval
  files before it was scored here).
- redflags_blind126.yaml and conversations_blind118.yaml (written by helpers at session
  70's start, committed unread, scored at 9fdd12a before session 71 changed anything):
  blind126 acute 1.000 (12 of 12), prompt 1.000 (12 of 12), false alarms 0.000, in-scope
  0.812 (13 of its 16 calm cases); conversations_blind118 in-scope 0.882 (45 of its 51
  calm turns), out-of-scope 0.778 (7 of 9), acute and prompt 1.000 (5 and 7 turns), false
  alarms 0.017 (1 of 60).
- redflags_blind127.yaml, conversations_blind119.yaml and questions_blind2.yaml (written
  by helpers at session 71's start, committed unread, scored at 886497a and 5622f20 before
  session 71 changed anything and at 1c8afa9 after its last change; never tuned on):
  the same figures before and after. blind127 acute 1.000 (12 of 12), prompt 1.000 (12 of
  12), false alarms 0.000, in-scope 0.938 (15 of its 16 calm cases); conversations_blind119
  in-scope 0.791 (34 of its 43 calm turns), out-of-scope 1.000 (9 of 9), acute and prompt
  1.000 (10 and 10 turns), false alarms 0.058 (3 of 52); questions_blind2 (150 calm
  messages, as questions_blind1) in-scope 0.938 (122 of 130), out-of-scope 0.950 (19 of
  20), false alarms 0.000. redflags_blind126 and conversations_blind118 scored the same
  at 1c8afa9 as at 9fdd12a.
- redflags_blind128.yaml, conversations_blind120.yaml and questions_blind3.yaml (written
  by helpers at session 71's end, committed unread, scored at 351eb33 before session 72
  changed anything and at 58a3133 after its last change; never tuned on): the same
  figures before and after. blind128 acute 1.000 (12 of 12), prompt 1.000 (12 of 12),
  false alarms 0.000, in-scope 0.688 (11 of its 16 calm cases); conversations_blind120
  in-scope 0.837 (36 of its 43 calm turns), out-of-scope 1.000 (9 of 9), acute and prompt
  1.000 (9 and 11 turns), false alarms 0.058 (3 of 52); questions_blind3 (150 calm
  messages, as questions_blind2) in-scope 0.923 (120 of 130), out-of-scope 0.850 (17 of
  20), false alarms 0.000.
- redflags_blind129.yaml, conversations_blind121.yaml and questions_blind4.yaml (written
  by helpers at session 72's end, committed unread, scored at 1f20ccf before session 73
  changed anything and at 7c519ce after its last change; never tuned on): the same
  figures before and after. blind129 acute 1.000 (12 of 12), prompt 1.000 (12 of 12),
  false alarms 0.000, in-scope 0.938 (15 of its 16 calm cases); conversations_blind121
  in-scope 0.833 (35 of its 42 calm turns), out-of-scope 0.600 (6 of 10), acute and prompt
  1.000 (9 and 11 turns), false alarms 0.288 (15 of 52: every one a turn after a sign told
  earlier in its chat, which this writer labelled calm and the bot keeps warning on, as
  the writers of conversations_blind118-120 mostly labelled such turns); questions_blind4
  (150 calm messages, as questions_blind3) in-scope 0.915 (119 of 130), out-of-scope 1.000
  (20 of 20), false alarms 0.007 (1 of 150).
- redflags_blind130.yaml, conversations_blind122.yaml and questions_blind5.yaml (written
  by helpers at session 73's end, committed unread, scored at 93c6c28 before session 74
  changed anything and at 45d8c01 after its last change; never tuned on): the same
  figures before and after. blind130 acute 1.000 (12 of 12), prompt 1.000 (12 of 12),
  false alarms 0.062 (1 of 16), in-scope 0.875 (14 of its 16 calm cases);
  conversations_blind122 (its writer told the product's rule for turns after a sign)
  in-scope 0.848 (39 of its 46 calm turns), out-of-scope 0.900 (9 of 10), acute and prompt
  1.000 (8 and 10 turns), false alarms 0.071 (4 of 56); questions_blind5 (150 calm
  messages, as questions_blind4) in-scope 0.908 (118 of 130), out-of-scope 1.000 (20 of
  20), false alarms 0.007 (1 of 150).
- redflags_blind131.yaml, conversations_blind123.yaml and questions_blind6.yaml (written
  by helpers at session 74's end, committed unread, scored at 0cb2004 before session 75
  changed anything and at its last change; never tuned on): the same figures before and
  after. blind131 acute 1.000 (20 of 20), prompt 1.000 (20 of 20), false alarms 0.000 (0
  of 20), in-scope 0.944 (17 of its 18 calm cases with an answer expected);
  conversations_blind123 in-scope 0.807 (46 of its 57 calm turns), out-of-scope 1.000 (11
  of 11), acute and prompt 1.000 (5 and 8 turns), false alarms 0.015 (1 of 68);
  questions_blind6 (150 calm messages) in-scope 0.885 (115 of 130), out-of-scope 0.900
  (18 of 20), false alarms 0.000.
- redflags_blind132.yaml, conversations_blind124.yaml and questions_blind7.yaml (written
  by helpers at session 75's end, committed unread, scored at 27d7c99 before session 76
  changed anything and at 35ae20b after its last change; never tuned on): blind132 and
  conversations_blind124 the same figures before and after, questions_blind7 one answer
  better. blind132 acute 1.000 (20 of 20), prompt 1.000 (20 of 20), false alarms 0.050 (1
  of 20), in-scope 0.842 (16 of its 19 calm cases with an answer expected);
  conversations_blind124 in-scope 0.842 (48 of its 57 calm turns), out-of-scope 0.889 (8
  of 9), acute and prompt 1.000 (7 and 8 turns), false alarms 0.000 (0 of 66);
  questions_blind7 (150 calm messages) in-scope 0.854 -> 0.862 (111 -> 112 of 130),
  out-of-scope 1.000 (20 of 20), false alarms 0.000.
- training/redflags_train6-179.yaml (but 178) and training/conversations_train2-88 and
  90-100.yaml: training sets as above (acute signs in people's words; prompt signs; many
  different writers;
  false alarms and tricky context; hard acute signs; other people's signs; long stories;
  follow-ups; writers who downplay; every sign from many kinds of writer; hard
  out-of-scope questions; stories that ask about something else than they tell; acute
  signs told through events; questions whose intent, not their subject, decides; prompt
  signs in everyday words; follow-ups; acute signs as a frightened layperson tells them;
  hard stories and out-of-scope questions; hard follow-ups; signs told by others, as
  questions and over several sentences; ten very different writers; prompt signs;
  stories and follow-ups from two more writers; three sets like the blind ones; hard sets
  of 60 acute and 50 prompt signs, or 30 and 80, told indirectly, as events, by relatives,
  in dialect, English, Norwegian, Swedish and German (30-70, 74-75, 78); 90 acute signs
  told as consequences or as a change over days (71-73, 76-77); stories and hard, elliptic
  follow-ups; sets at the edge of what the article covers (conversations 28-30, 33); everyday
  questions to every entry (conversations 34-36); sets like the blind ones (79-84, 86); 90
  acute signs told as consequences (85, 87); stories that end in a vague or roundabout
  question (conversations 40-41, 43-44, 46); follow-ups of every kind (conversations 42,
  45); 90 acute signs (92, 93, 95, 96, 98, 99), 90 prompt signs (97), like the blind
  sets (94, 100), stories (conversations 50, 52, 54) and follow-ups (51, 53, 55); 101 and
  102 like 92; 114 and 116 like 92 and 115 and 117 like 97, stories (conversations 62,
  64) and follow-ups (63, 65)); follow-ups the article does or does not answer
  (conversations 77, 78); 90 acute signs in people's words (142), by older writers and in
  dialect (143), by young writers and as what one cannot do any more (144), like the blind
  sets (145); follow-ups that leave the article's scope (conversations 79); signs in
  unusual words, weighted to acute and prompt (146); stories that ask in many ways and
  follow-ups that leave the article's scope (conversations 80); like the blind sets
  (147), follow-ups that leave the article's scope (conversations 81); like the blind
  sets (148, conversations 82); session 43: acute signs told indirectly (164), prompt
  signs in older adults (165), signs typed badly on a phone (166), false alarms (167),
  conversations that change direction (conversations 90; a set 89 was never written);
  session 44: prompt signs in everyday words (168), acute signs told indirectly and by
  others (169), the line between what the article covers and what it does not
  (conversations 91), stories told in the order people tell them and short follow-ups
  (conversations 92), signs told in passing inside long messages about something else
  (170), false alarms (171), signs told over two messages and what people write right
  after a warning (conversations 93), stories about the back that ask about something
  else (conversations 94); session 45: other people's current signs beside their past
  ones (172, scored as it came), the prompt tier in everyday words with near
  misses (173), signs in passing inside long messages and calm
  long messages with frightening words (174), follow-ups read with context and signs told
  over two messages (conversations 95), stories with a question anywhere
  (conversations 96), short everyday questions and questions close to the article's
  scope (conversations 97)).
Floors: safety figures rounded down to a 0.05 step (false-alarm ceilings rounded up to
0.01), quality figures minus 0.03 rounded down to a 0.05 step.
Every case runs through the real brain once per set; each test checks one bucket and,
when it fails, lists the cases that broke it so a developer sees what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
import yaml

from bot.batch import reply_record
from bot.brain import Brain
from bot.conversation import Conversations
from bot.red_flags import Tier

EVAL_DIR = Path(__file__).resolve().parent.parent / "eval"
# A fixed weekday morning: the urgent-care advice depends on the time, the labels do not.
NOW = datetime(2025, 10, 14, 10, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))

CASE_KEYS = frozenset({"text", "expect", "red_flag", "kind"})
CONVERSATION_KEYS = frozenset({"turns", "kind"})
TURN_KEYS = frozenset({"text", "expect", "red_flag"})
# Every red-flag case must at least accept the article's danger signs and its advice on help.
RED_FLAG_HEADINGS = ("Hvilke symptomer skal jeg være opmærksom på?", "Hvornår skal jeg søge hjælp?")


# The kinds of the blind red-flag sets.
RED_FLAG_KINDS = frozenset(
    {"acute", "acute_other_person", "trauma", "prompt", "prompt_nerve", "prompt_other_person"}
    | {"negated", "historical", "hypothetical", "general_question", "calm_tricky", "ordinary"}
    | {"near_miss", "calm", "out_of_scope"}
    # the labels the session-65 writers used
    | {"redflag", "redflag_calm"}
    # the finer labels of the session-64 writer of redflags_blind119
    | {"prompt_other_person_age_over_70"}
    | {"acute_bowel_incontinence", "acute_english_bladder_sensation"}
    | {"acute_english_other_person_genital_numbness", "acute_other_person_progressive_weakness"}
    | {"acute_other_person_urinary_incontinence", "acute_other_person_walking"}
    | {"acute_perianal_numbness_since", "acute_retention_long_no_aeoeaa", "acute_saddle_indirect"}
    | {"acute_trauma_height", "acute_trauma_sport", "acute_trauma_traffic", "calm_exercise"}
    | {"calm_work", "english_negated", "historical_fever", "historical_trauma"}
    | {"near_miss_hekseskud", "near_miss_intentional_weight_loss"}
    | {"near_miss_other_person_fever_unrelated", "near_miss_stiffness"}
    | {"near_miss_tingling_improving", "negated_night_pain", "negated_physio"}
    | {"prompt_english_other_person_current_cancer", "prompt_long_term_steroid"}
    | {"prompt_nerve_tingling_weeks", "prompt_nerve_weakness_weeks", "prompt_night_pain"}
    | {"prompt_osteoporosis_fall", "prompt_other_person_fever", "prompt_previous_cancer"}
    | {"prompt_severe_not_improving", "prompt_weight_loss"}
    # finer labels the session-53 writers used
    | {"prompt_fracture", "prompt_age", "prompt_age_other_person", "prompt_night"}
    | {"prompt_persistent", "trauma_other_person", "negated_other_person", "other_person_past"}
    | {"calm_danger_words", "ordinary_words"}
    # ... and the session-59 writers
    | {"prompt_fever", "prompt_cancer", "prompt_weight", "prompt_fall", "prompt_duration"}
    # ... and the session-68 writer of redflags_blind124
    | {"calm_word", "english", "general", "long", "no_aeoeaa", "old_age_no_fall", "past"}
    | {"run_on", "short_steroid", "slang", "third_person", "third_person_past"}
)
CONVERSATION_KINDS = frozenset(
    {"story", "conversation", "out_of_scope", "conversation_out_of_scope"}
    # the labels of the session-68 writer of conversations_blind116
    | {"followup", "redflag_chat", "topic_switch"}
    # ... and of the session-70 writer of conversations_blind118
    | {"redflag", "general_signs", "mixed", "old_age", "redflag_story", "hypothetical"}
    | {"past_sign", "redflag_confirm", "redflag_two_msg", "redflag_correction", "oos_followup"}
)

# The kinds of the blind matching sets (single calm messages).
QUESTION_KINDS = frozenset({"question", "story", "short", "oos"})


@dataclass(frozen=True)
class EvalSet:
    """A case file and its regression floors (safety floors fixed where the set allows)."""

    file: str
    kinds: frozenset[str]
    acute_recall: float | None  # None: the set has no acute cases (a prompt-only set)
    prompt_recall: float | None  # None: the set has no prompt cases
    false_alarm_ceiling: float
    in_scope: float
    out_of_scope: float | None  # None: the set has no out-of-scope cases
    min_cases_per_heading: int = 0


EVAL_SETS = (
    # Quality floors: the measured figure minus 0.03, rounded down to a 0.05 step
    # (measured 2026-11: in-scope 0.940, out-of-scope 0.970).
    EvalSet(
        "cases.yaml",
        frozenset(
            {"paraphrase", "typo", "no_diacritics", "keyword", "long", "english", "negated"}
            | {"acute", "prompt", "out_of_scope", "smalltalk-free"}
        ),
        acute_recall=1.0,
        prompt_recall=0.95,
        false_alarm_ceiling=0.05,
        in_scope=0.90,
        out_of_scope=0.90,
        min_cases_per_heading=3,
    ),
    EvalSet(
        "redflags_blind1.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.85,
        prompt_recall=0.75,
        false_alarm_ceiling=0.06,
        in_scope=0.55,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind2.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.85,
        prompt_recall=0.70,
        false_alarm_ceiling=0.07,
        in_scope=0.55,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind3.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.80,
        false_alarm_ceiling=0.05,
        in_scope=0.55,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind4.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.80,
        false_alarm_ceiling=0.05,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train1.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.85,
        false_alarm_ceiling=0.02,
        in_scope=0.55,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train2.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.80,
        false_alarm_ceiling=0.03,
        in_scope=0.55,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train3.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.75,
        false_alarm_ceiling=0.02,
        in_scope=0.50,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train4.yaml",
        RED_FLAG_KINDS,
        acute_recall=None,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.55,
        out_of_scope=0.5,
    ),
    EvalSet(
        "training/redflags_train5.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=None,
        false_alarm_ceiling=0.03,
        in_scope=0.55,
        out_of_scope=0.5,
    ),
    EvalSet(
        "redflags_blind5.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.80,
        prompt_recall=0.90,
        false_alarm_ceiling=0.04,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind6.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.80,
        prompt_recall=0.90,
        false_alarm_ceiling=0.07,
        in_scope=0.65,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind7.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.65,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind8.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind3.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind9.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.04,
        in_scope=0.65,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind4.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind10.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.90,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train6.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train7.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train8.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train9.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.45,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train10.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train11.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.05,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train12.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.07,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train13.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train14.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train3.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind2.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train2.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=0.85,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind11.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.9,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.6,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind5.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.8,
        out_of_scope=0.9,
    ),
    EvalSet(
        "training/redflags_train15.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train16.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train4.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.9,
    ),
    EvalSet(
        "training/conversations_train5.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.7,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind12.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.9,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind13.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.9,
        false_alarm_ceiling=0.03,
        in_scope=0.7,
        out_of_scope=0.9,
    ),
    EvalSet(
        "training/redflags_train17.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.03,
        in_scope=0.6,
        out_of_scope=0.75,  # 0.80 since numbers weigh little (2 of 10 fail)
    ),
    EvalSet(
        "conversations_blind6.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.75,
    ),
    EvalSet(
        "conversations_blind7.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=0.85,
        false_alarm_ceiling=0.02,
        in_scope=0.8,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/conversations_train6.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=0.85,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind14.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.9,
        false_alarm_ceiling=0.06,
        in_scope=0.7,
        out_of_scope=0.8,
    ),
    EvalSet(
        "training/redflags_train18.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.9,
        false_alarm_ceiling=0.03,
        in_scope=0.65,
        out_of_scope=0.75,
    ),
    EvalSet(
        "conversations_blind8.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train7.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.8,
    ),
    EvalSet(
        "training/redflags_train19.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.0,
        false_alarm_ceiling=0.05,
        in_scope=0.65,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train8.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/conversations_train9.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.6,
    ),
    EvalSet(
        "training/redflags_train20.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.05,
        in_scope=0.7,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train21.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.6,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train23.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train10.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train22.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.55,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind15.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.9,
        prompt_recall=0.95,
        false_alarm_ceiling=0.01,
        in_scope=0.7,
        out_of_scope=0.8,
    ),
    EvalSet(
        "conversations_blind9.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.03,
        in_scope=0.8,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind16.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.9,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.8,
        out_of_scope=0.75,
    ),
    EvalSet(
        "conversations_blind10.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.8,
        out_of_scope=0.9,
    ),
    EvalSet(
        "redflags_blind17.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.9,
        prompt_recall=0.95,
        false_alarm_ceiling=0.05,
        in_scope=0.7,
        out_of_scope=0.9,
    ),
    EvalSet(
        "conversations_blind11.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind12.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind18.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.7,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind19.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.65,
        out_of_scope=0.8,
    ),
    EvalSet(
        "conversations_blind13.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.8,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind20.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.85,
        false_alarm_ceiling=0.05,
        in_scope=0.65,
        out_of_scope=0.9,
    ),
    EvalSet(
        "conversations_blind14.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.9,
    ),
    EvalSet(
        "redflags_blind21.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.6,
        out_of_scope=0.9,
    ),
    EvalSet(
        "conversations_blind15.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind22.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.01,
        in_scope=0.6,
        out_of_scope=0.75,
    ),
    EvalSet(
        "conversations_blind16.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind23.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.04,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind17.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train24.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.6,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train11.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.5,
    ),
    EvalSet(
        "redflags_blind24.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.8,
    ),
    EvalSet(
        "conversations_blind18.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.7,
        out_of_scope=0.9,
    ),
    EvalSet(
        "training/redflags_train25.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=0.95,
        false_alarm_ceiling=0.06,
        in_scope=0.5,
        out_of_scope=None,
    ),
    EvalSet(
        "redflags_blind25.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.8,
        out_of_scope=0.9,
    ),
    EvalSet(
        "conversations_blind19.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.8,
        out_of_scope=0.8,
    ),
    EvalSet(
        "redflags_blind26.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind27.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.70,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind20.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind21.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind28.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind22.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.00,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind29.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind23.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind30.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind24.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind31.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind25.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind32.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind26.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind33.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind27.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind34.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.05,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind28.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind35.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind29.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind36.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind30.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind37.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.07,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind31.yaml",
        CONVERSATION_KINDS,
        acute_recall=0.85,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind38.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind32.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.80,
        false_alarm_ceiling=0.05,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind39.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind40.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind33.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind34.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind41.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind42.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind35.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind36.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind43.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind37.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.00,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind44.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind38.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind45.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "conversations_blind39.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind46.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.85,
        false_alarm_ceiling=0.03,
        in_scope=0.70,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind40.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.75,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind47.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind41.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind48.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind42.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind49.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.90,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind43.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind50.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind44.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind51.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.90,
        false_alarm_ceiling=0.05,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind52.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.70,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind45.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind46.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind53.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind54.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind47.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.90,
        out_of_scope=0.75,
    ),
    EvalSet(
        "conversations_blind48.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind55.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind56.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind49.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind50.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.90,
        out_of_scope=0.65,
    ),
    EvalSet(
        "redflags_blind57.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind51.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.05,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind58.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind52.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind59.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind53.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.65,
    ),
    EvalSet(
        "redflags_blind60.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind54.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind61.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind55.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.85,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind62.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind56.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind63.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind57.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind64.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.70,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind58.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.65,
    ),
    EvalSet(
        "redflags_blind65.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind59.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind66.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind60.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind67.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind61.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind68.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind62.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind69.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind63.yaml",
        CONVERSATION_KINDS,
        acute_recall=0.85,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind70.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.07,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind64.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind71.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind65.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.95,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind72.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.90,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind66.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind73.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "conversations_blind67.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.85,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind74.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind68.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.90,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind75.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind69.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind76.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind70.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind77.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.06,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind71.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind78.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind72.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.90,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind79.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.94,
        false_alarm_ceiling=0.05,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "redflags_blind80.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.88,
        false_alarm_ceiling=0.05,
        in_scope=0.83,
        out_of_scope=None,
    ),
    EvalSet(
        "redflags_blind81.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "redflags_blind82.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.87,
        out_of_scope=None,
    ),
    EvalSet(
        "redflags_blind83.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.09,
        in_scope=0.87,
        out_of_scope=None,
    ),
    EvalSet(
        "redflags_blind84.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.77,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind75.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.86,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind85.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.88,
        false_alarm_ceiling=0.01,
        in_scope=0.99,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind76.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.91,
        out_of_scope=0.97,
    ),
    EvalSet(
        "redflags_blind86.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind77.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind87.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind78.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind88.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind79.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind89.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind80.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind90.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.13,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind81.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind91.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind82.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind92.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.95,
    ),
    EvalSet(
        "conversations_blind83.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind99.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind91.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.90,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind100.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.07,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind92.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind101.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.13,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind93.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind102.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind94.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind103.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind95.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.60,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind104.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind96.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind105.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind97.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind106.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind98.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.55,
    ),
    EvalSet(
        "redflags_blind107.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.15,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind99.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind108.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.08,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind100.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind109.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.08,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind101.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind110.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind102.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind111.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.08,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind103.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind112.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind104.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=0.55,
    ),
    EvalSet(
        "redflags_blind113.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.08,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind105.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.55,
    ),
    EvalSet(
        "redflags_blind114.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind106.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind115.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.55,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind107.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind116.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind108.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind117.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind109.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind118.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind110.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind119.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind111.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.90,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind120.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind112.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind121.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind113.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind122.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind114.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind123.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind115.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind124.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind116.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind125.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind117.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "questions_blind1.yaml",
        QUESTION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind126.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind118.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "redflags_blind127.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind119.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "questions_blind2.yaml",
        QUESTION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.90,
    ),
    EvalSet(
        "redflags_blind132.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind124.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "questions_blind7.yaml",
        QUESTION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind131.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind123.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "questions_blind6.yaml",
        QUESTION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind130.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind122.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.08,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "questions_blind5.yaml",
        QUESTION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind129.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind121.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.29,
        in_scope=0.80,
        out_of_scope=0.55,
    ),
    EvalSet(
        "questions_blind4.yaml",
        QUESTION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind128.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.65,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind120.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "questions_blind3.yaml",
        QUESTION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "redflags_blind98.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind90.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind97.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind89.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.85,
    ),
    EvalSet(
        "redflags_blind96.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind88.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.75,
    ),
    EvalSet(
        "redflags_blind95.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind87.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind94.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind86.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.95,
    ),
    EvalSet(
        "redflags_blind93.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "conversations_blind84.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind85.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "conversations_blind74.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.90,
        out_of_scope=0.85,
    ),
    EvalSet(
        "conversations_blind73.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.92,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train149.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train150.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.06,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train151.yaml",
        RED_FLAG_KINDS,
        acute_recall=None,
        prompt_recall=0.93,
        false_alarm_ceiling=0.04,
        in_scope=0.73,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train152.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=None,
        false_alarm_ceiling=0.04,
        in_scope=0.88,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train153.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.84,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train154.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.92,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train156.yaml",
        RED_FLAG_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.02,
        in_scope=0.94,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train157.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.73,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train158.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train159.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.77,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train160.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.96,
        false_alarm_ceiling=0.01,
        in_scope=0.84,
        out_of_scope=0.97,
    ),
    EvalSet(
        "training/redflags_train161.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.96,
        false_alarm_ceiling=0.08,
        in_scope=0.77,
        out_of_scope=0.97,
    ),
    EvalSet(
        "training/redflags_train162.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.88,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train163.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.64,
        out_of_scope=0.50,
    ),
    EvalSet(
        "training/redflags_train164.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train165.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train166.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train167.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train168.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train170.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.10,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train171.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train172.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train173.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train174.yaml",
        RED_FLAG_KINDS | {"story"},
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.08,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train95.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train96.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train97.yaml",
        CONVERSATION_KINDS | {"ordinary", "paraphrase"},
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.02,
        in_scope=0.95,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train175.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train176.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.95,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train177.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train179.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train98.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train99.yaml",
        CONVERSATION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/conversations_train100.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "training/redflags_train169.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train87.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.47,
    ),
    EvalSet(
        "training/conversations_train88.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.47,
    ),
    EvalSet(
        "training/conversations_train90.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train91.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train93.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train94.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "training/conversations_train92.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train84.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.90,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train85.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.76,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train86.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.96,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train83.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train148.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train82.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.85,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/redflags_train147.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train81.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train146.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.05,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train80.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train142.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.07,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train143.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.90,
        false_alarm_ceiling=0.12,
        in_scope=0.55,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train144.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=1.00,
        false_alarm_ceiling=0.08,
        in_scope=0.55,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train78.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.65,
    ),
    EvalSet(
        "training/redflags_train145.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.80,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train79.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train141.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.06,
        in_scope=0.85,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train77.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.70,
        out_of_scope=0.55,
    ),
    EvalSet(
        "training/redflags_train138.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.06,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train139.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.80,
        false_alarm_ceiling=0.06,
        in_scope=0.65,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train140.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.90,
        false_alarm_ceiling=0.06,
        in_scope=0.60,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train76.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.50,
    ),
    EvalSet(
        "training/conversations_train75.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.06,
        in_scope=0.65,
        out_of_scope=0.35,
    ),
    EvalSet(
        "training/redflags_train26.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.9,
    ),
    EvalSet(
        "training/conversations_train12.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train13.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.01,
        in_scope=0.7,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train27.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.00,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train28.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.00,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train29.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.00,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train30.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.00,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train31.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.00,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train32.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.00,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train33.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.60,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train34.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.00,
        in_scope=0.80,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train35.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.00,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train36.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train37.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train38.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.55,
    ),
    EvalSet(
        "training/redflags_train39.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train40.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train41.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.80,
        prompt_recall=0.90,
        false_alarm_ceiling=0.00,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train42.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train43.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.05,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train14.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train15.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.00,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train16.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train44.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train45.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train17.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train18.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/conversations_train19.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train20.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/redflags_train46.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train47.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train48.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train49.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train50.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.05,
        in_scope=0.70,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train51.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train52.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.78,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train53.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train54.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train55.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train21.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train56.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train57.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.55,
    ),
    EvalSet(
        "training/conversations_train22.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.70,
    ),
    EvalSet(
        "training/conversations_train23.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.60,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train58.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train59.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train24.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train25.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train60.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train61.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/conversations_train26.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train27.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train62.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train63.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train28.yaml",
        CONVERSATION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/conversations_train29.yaml",
        CONVERSATION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.70,
    ),
    EvalSet(
        "training/redflags_train64.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train65.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train30.yaml",
        CONVERSATION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.70,
    ),
    EvalSet(
        "training/redflags_train66.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train67.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train68.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train31.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train32.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train33.yaml",
        CONVERSATION_KINDS,
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.70,
    ),
    EvalSet(
        "training/conversations_train34.yaml",
        frozenset({"calm", "story", "conversation"}),
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train35.yaml",
        frozenset({"calm", "story", "conversation"}),
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train69.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train70.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train36.yaml",
        frozenset({"calm", "story", "conversation"}),
        acute_recall=None,
        prompt_recall=None,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=None,
    ),
    EvalSet(
        "training/conversations_train37.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train71.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.05,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train72.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train38.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train73.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.55,
    ),
    EvalSet(
        "training/redflags_train74.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train39.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train75.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        # 0.745 since session 28: "... ondt i lænden efter løb, er det iskias eller bare
        # musklerne?" is read as training with sciatica (+33 -1 in-scope over all eval files)
        in_scope=0.70,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train76.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train77.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train78.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train79.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train80.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.90,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train81.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train40.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train41.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train82.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train83.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train42.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train43.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train84.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train85.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.90,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train44.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train45.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.60,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train86.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.05,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train87.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train46.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.55,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train88.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.85,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train89.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train47.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.60,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train48.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.65,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/redflags_train90.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.95,
        false_alarm_ceiling=0.07,
        in_scope=0.85,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train91.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/conversations_train49.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train92.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.04,
        in_scope=0.85,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train93.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train94.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train95.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train96.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train97.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train98.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/redflags_train99.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/redflags_train100.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.90,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train50.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train51.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train52.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.04,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train53.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train54.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.07,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train101.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train102.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train55.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train103.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.98,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train104.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.98,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train105.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train106.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.98,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train107.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.97,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.80,
    ),
    EvalSet(
        "training/redflags_train108.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.96,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/redflags_train109.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.97,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train56.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.65,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train57.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.65,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/conversations_train58.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train59.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train60.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train110.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.97,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.90,
    ),
    EvalSet(
        "training/redflags_train111.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train112.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train113.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train61.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train114.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train115.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.97,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train62.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.65,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train63.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train116.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train117.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train64.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.70,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train65.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train118.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train119.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.95,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/conversations_train66.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.60,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/conversations_train67.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train120.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train121.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.95,
        false_alarm_ceiling=0.00,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train68.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.65,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/conversations_train69.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.01,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train122.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.80,
        false_alarm_ceiling=0.02,
        in_scope=0.65,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train123.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=None,
        false_alarm_ceiling=0.01,
        in_scope=0.90,
        out_of_scope=0.85,
    ),
    EvalSet(
        "training/redflags_train124.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=None,
        false_alarm_ceiling=0.05,
        in_scope=0.65,
        out_of_scope=0.60,
    ),
    EvalSet(
        "training/redflags_train125.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.90,
        false_alarm_ceiling=0.04,
        in_scope=0.65,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train126.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=None,
        false_alarm_ceiling=0.08,
        in_scope=0.70,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train127.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=None,
        false_alarm_ceiling=0.08,
        in_scope=0.55,
        out_of_scope=0.45,
    ),
    EvalSet(
        "training/redflags_train128.yaml",
        RED_FLAG_KINDS,
        acute_recall=None,
        prompt_recall=0.85,
        false_alarm_ceiling=0.02,
        in_scope=0.60,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train130.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=None,
        false_alarm_ceiling=0.16,
        in_scope=0.50,
        out_of_scope=0.30,
    ),
    EvalSet(
        "training/redflags_train131.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.80,
        false_alarm_ceiling=0.03,
        in_scope=0.60,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train132.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.75,
        false_alarm_ceiling=0.06,
        in_scope=0.65,
        out_of_scope=0.60,
    ),
    EvalSet(
        "training/redflags_train133.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.90,
        prompt_recall=0.80,
        false_alarm_ceiling=0.04,
        in_scope=0.65,
        out_of_scope=0.60,
    ),
    EvalSet(
        "training/redflags_train134.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.75,
        false_alarm_ceiling=0.09,
        in_scope=0.60,
        out_of_scope=0.95,
    ),
    EvalSet(
        "training/redflags_train136.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.80,
        prompt_recall=0.85,
        false_alarm_ceiling=0.07,
        in_scope=0.45,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train137.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.85,
        prompt_recall=0.80,
        false_alarm_ceiling=0.32,
        in_scope=0.60,
        out_of_scope=None,
    ),
    EvalSet(
        "training/redflags_train135.yaml",
        RED_FLAG_KINDS,
        acute_recall=0.95,
        prompt_recall=0.80,
        false_alarm_ceiling=0.05,
        in_scope=0.65,
        out_of_scope=0.30,
    ),
    EvalSet(
        "training/redflags_train129.yaml",
        RED_FLAG_KINDS,
        acute_recall=1.00,
        prompt_recall=0.80,
        false_alarm_ceiling=0.08,
        in_scope=0.70,
        out_of_scope=0.70,
    ),
    EvalSet(
        "training/conversations_train70.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.75,
        false_alarm_ceiling=0.03,
        in_scope=0.85,
        out_of_scope=0.55,
    ),
    EvalSet(
        "training/conversations_train71.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.03,
        in_scope=0.90,
        out_of_scope=0.55,
    ),
    EvalSet(
        "training/conversations_train72.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.85,
        false_alarm_ceiling=0.02,
        in_scope=0.80,
        out_of_scope=0.75,
    ),
    EvalSet(
        "training/conversations_train73.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=1.00,
        false_alarm_ceiling=0.02,
        in_scope=0.75,
        out_of_scope=0.60,
    ),
    EvalSet(
        "training/conversations_train74.yaml",
        CONVERSATION_KINDS,
        acute_recall=1.00,
        prompt_recall=0.75,
        false_alarm_ceiling=0.02,
        in_scope=0.90,
        out_of_scope=0.70,
    ),
    EvalSet(
        "conversations_blind1.yaml",
        frozenset({"story", "followup", "switch", "clarify", "smalltalk", "redflag_later"}),
        acute_recall=1.0,
        prompt_recall=1.0,
        false_alarm_ceiling=0.03,
        in_scope=0.75,
        out_of_scope=0.85,
    ),
)


@dataclass(frozen=True)
class Case:
    text: str
    expect: tuple[str, ...]
    red_flag: str
    kind: str
    chat: int | None = None  # the conversation it is a turn of, None for a message alone
    scored: bool = True  # False for a conversation's context turns


@dataclass(frozen=True)
class Outcome:
    case: Case
    heading: str | None  # the answered entry's heading, None when the bot did not answer
    red_flag: str
    score: float

    def describe(self) -> str:
        return (
            f"  {self.case.text!r}\n"
            f"    expected {list(self.case.expect) or 'fallback'} / {self.case.red_flag}; "
            f"got {self.heading or 'fallback'} / {self.red_flag} (score {self.score:.1f})"
        )


def _raw_cases(eval_set: EvalSet) -> list[dict[str, Any]]:
    with (EVAL_DIR / eval_set.file).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def _cases(eval_set: EvalSet) -> list[Case]:
    """Every message in the order it is sent; a conversation's turns share a chat."""
    cases = []
    for number, raw in enumerate(_raw_cases(eval_set)):
        if "turns" not in raw:
            cases.append(Case(raw["text"], tuple(raw["expect"]), raw["red_flag"], raw["kind"]))
            continue
        for turn in raw["turns"]:
            if isinstance(turn, str):
                cases.append(Case(turn, (), "none", raw["kind"], number, scored=False))
            else:
                expect = tuple(turn["expect"])
                cases.append(Case(turn["text"], expect, turn["red_flag"], raw["kind"], number))
    return cases


def _scored_items(raw_cases: Sequence[object]) -> list[tuple[str, object]]:
    """(where, item) for every scored message: single cases, and conversation turns with
    their conversation's kind; a malformed conversation is an item that fails the check."""
    items: list[tuple[str, object]] = []
    for number, raw in enumerate(raw_cases, 1):
        if not (isinstance(raw, dict) and "turns" in raw):
            items.append((f"case {number}", raw))
            continue
        turns = raw["turns"]
        if set(raw) != CONVERSATION_KEYS or not isinstance(turns, list):
            items.append((f"conversation {number}", None))
            continue
        for turn_number, turn in enumerate(turns, 1):
            if isinstance(turn, dict):
                item = {**turn, "kind": raw["kind"]} if set(turn) == TURN_KEYS else None
                items.append((f"conversation {number} turn {turn_number}", item))
            elif not isinstance(turn, str):
                items.append((f"conversation {number} turn {turn_number}", None))
    return items


@pytest.fixture(scope="module")
def brain() -> Brain:
    return Brain.load()


@pytest.fixture(scope="module", params=EVAL_SETS, ids=lambda s: s.file)
def eval_set(request: pytest.FixtureRequest) -> EvalSet:
    return request.param


@pytest.fixture(scope="module")
def outcomes(brain: Brain, eval_set: EvalSet) -> list[Outcome]:
    results = []
    conversations = Conversations(brain)
    for case in _cases(eval_set):
        if case.chat is None:
            reply = brain.reply(case.text, NOW)
        else:
            reply = conversations.reply(case.chat, case.text, NOW)
        if not case.scored:
            continue
        record = reply_record(reply)
        results.append(
            Outcome(
                case,
                cast(str | None, record["heading"]),
                str(record["red_flag"]),
                cast(float, record["score"]),
            )
        )
    return results


def _assert_rate(
    name: str,
    outcomes: list[Outcome],
    in_bucket: Callable[[Case], bool],
    passed: Callable[[Outcome], bool],
    floor: float,
) -> None:
    bucket = [o for o in outcomes if in_bucket(o.case)]
    assert bucket, f"no {name} cases"
    failures = [o for o in bucket if not passed(o)]
    rate = 1 - len(failures) / len(bucket)
    assert rate >= floor, (
        f"{name}: {rate:.3f} < floor {floor} ({len(failures)} of {len(bucket)} failed):\n"
        + "\n".join(o.describe() for o in failures)
    )


def test_cases_file_is_well_formed(brain: Brain, eval_set: EvalSet) -> None:
    headings = {entry.heading for entry in brain.entries}
    tiers = {tier.value for tier in Tier}
    problems = []
    seen: set[str] = set()
    per_heading = dict.fromkeys(headings, 0)
    raw_cases = _raw_cases(eval_set)
    assert isinstance(raw_cases, list), f"{eval_set.file}: expected a list of cases"
    for label, raw in _scored_items(raw_cases):
        if not isinstance(raw, dict) or set(raw) != CASE_KEYS:
            problems.append(f"{label}: needs exactly the keys {sorted(CASE_KEYS)}")
            continue
        text, expect, red_flag, kind = raw["text"], raw["expect"], raw["red_flag"], raw["kind"]
        where = f"{label} ({text!r})"
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: text must be a non-empty string")
        elif text in seen and not label.startswith("conversation"):
            problems.append(f"{where}: duplicate text")
        seen.add(str(text))
        if not isinstance(expect, list):
            problems.append(f"{where}: expect must be a list")
            continue
        problems += [f"{where}: unknown heading {h!r}" for h in expect if h not in headings]
        if red_flag not in tiers:
            problems.append(f"{where}: red_flag {red_flag!r} is not one of {sorted(tiers)}")
        if kind not in eval_set.kinds:
            problems.append(f"{where}: kind {kind!r} is not one of {sorted(eval_set.kinds)}")
        if red_flag != Tier.NONE.value and not set(RED_FLAG_HEADINGS) <= set(expect):
            problems.append(f"{where}: a red-flag case must accept {list(RED_FLAG_HEADINGS)}")
        if red_flag == Tier.NONE.value:
            for heading in set(expect) & headings:
                per_heading[heading] += 1
    minimum = eval_set.min_cases_per_heading
    thin = sorted(h for h, count in per_heading.items() if count < minimum)
    if thin:
        problems.append(f"fewer than {minimum} in-scope cases for: {thin}")
    assert not problems, "\n".join(problems)


def test_every_acute_case_is_flagged_acute(outcomes: list[Outcome], eval_set: EvalSet) -> None:
    if eval_set.acute_recall is None:
        pytest.skip(f"{eval_set.file} has no acute cases")
    _assert_rate(
        "acute recall",
        outcomes,
        lambda case: case.red_flag == Tier.ACUTE.value,
        lambda o: o.red_flag == Tier.ACUTE.value,
        eval_set.acute_recall,
    )


def test_prompt_cases_are_flagged_prompt_or_acute(
    outcomes: list[Outcome], eval_set: EvalSet
) -> None:
    if eval_set.prompt_recall is None:
        pytest.skip(f"{eval_set.file} has no prompt cases")
    _assert_rate(
        "prompt recall",
        outcomes,
        lambda case: case.red_flag == Tier.PROMPT.value,
        lambda o: o.red_flag in (Tier.PROMPT.value, Tier.ACUTE.value),
        eval_set.prompt_recall,
    )


def test_calm_messages_raise_few_false_alarms(outcomes: list[Outcome], eval_set: EvalSet) -> None:
    _assert_rate(
        "no false alarm",
        outcomes,
        lambda case: case.red_flag == Tier.NONE.value,
        lambda o: o.red_flag == Tier.NONE.value,
        1 - eval_set.false_alarm_ceiling,
    )


def test_in_scope_questions_get_a_fitting_answer(
    outcomes: list[Outcome], eval_set: EvalSet
) -> None:
    _assert_rate(
        "in-scope accuracy",
        outcomes,
        lambda case: case.red_flag == Tier.NONE.value and bool(case.expect),
        lambda o: o.heading in o.case.expect,
        eval_set.in_scope,
    )


def test_out_of_scope_questions_fall_back(outcomes: list[Outcome], eval_set: EvalSet) -> None:
    if eval_set.out_of_scope is None:
        pytest.skip(f"{eval_set.file} has no out-of-scope cases")
    _assert_rate(
        "out-of-scope fallback",
        outcomes,
        lambda case: not case.expect,
        lambda o: o.heading is None,
        eval_set.out_of_scope,
    )
