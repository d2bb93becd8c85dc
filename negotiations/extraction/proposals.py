"""stub"""
def proposal_stage(a):
    return a
