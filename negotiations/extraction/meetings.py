"""stub"""
def meeting_stage(a):
    return a
